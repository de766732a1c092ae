using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Dashboard;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

public sealed class DraftingServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private DraftingService Drafting => app.Scoped<DraftingService>();
    private WorkingCopyService WorkingCopies => app.Scoped<WorkingCopyService>();
    private ItemReader Items => app.Scoped<ItemReader>();

    private Task<int> EconomyGroupAsync() => app.GroupIdAsync(1);

    private async Task<(string Member, int GroupId, int ItemId)> NewProblemAsync(string body = "Опис проблеми")
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var group = await EconomyGroupAsync();
        var id = await Drafting.CreateItemAsync(member, group, ItemKind.Problem,
            new DraftInput { Title = Demo.Unique("Проблема"), Body = body }, []);
        return (member, group, id);
    }

    [Fact]
    public async Task A_member_creates_a_problem_with_version_one_numbered_in_its_group()
    {
        var (member, group, id) = await NewProblemAsync();

        var item = await Items.GetItemAsync(member, id);
        var page = await Drafting.GetGroupItemsAsync(member, group);

        Assert.Equal(1, item.Latest.Number);
        Assert.Equal("Олена Коваленко", item.Latest.Author);
        Assert.Equal(RevisionState.Draft, item.Latest.State);
        Assert.True(item.CanEdit);
        var row = page.ByKind[ItemKind.Problem].Single(r => r.Id == id);
        Assert.Equal($"1.1.{row.Position}", row.Number.ToString());
        Assert.Equal(item.Number, row.Number);
    }

    [Fact]
    public async Task A_solution_links_to_the_problems_it_addresses_and_the_problem_shows_it_back()
    {
        var (member, group, problem) = await NewProblemAsync();

        var solution = await Drafting.CreateItemAsync(member, group, ItemKind.Solution,
            new DraftInput { Title = "Шлях вирішення", Body = "" }, [problem]);

        Assert.Equal([problem], (await Items.GetItemAsync(member, solution)).LinksTo.Select(l => l.Id));
        Assert.Equal([solution], (await Items.GetItemAsync(member, problem)).LinkedFrom.Select(l => l.Id));
    }

    [Fact]
    public async Task A_link_to_the_wrong_kind_is_refused()
    {
        var (member, group, problem) = await NewProblemAsync();
        var task = new DraftInput { Title = "Завдання" };

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Drafting.CreateItemAsync(member, group, ItemKind.Task, task, [problem]));
        Assert.Equal("Drafting_BadLink", error.MessageKey);
    }

    [Fact]
    public async Task Saving_on_the_newest_version_makes_the_next_one_and_keeps_the_old_unchanged()
    {
        var (member, _, id) = await NewProblemAsync("Перша редакція");

        var outcome = await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Нова назва", Body = "Друга редакція", ChangeNote = "уточнено" });

        Assert.Equal(new SaveOutcome.Saved(2), outcome);
        var item = await Items.GetItemAsync(member, id);
        Assert.Equal([2, 1], item.History.Select(v => v.Number));
        Assert.Equal("уточнено", item.History[0].ChangeNote);
        Assert.Equal("Перша редакція", (await Items.GetVersionAsync(member, id, 1)).Body);
    }

    [Fact]
    public async Task Saving_the_same_text_twice_quickly_makes_one_version()
    {
        var (member, _, id) = await NewProblemAsync();
        var input = new DraftInput { Title = "Двічі", Body = "Один клік, другий клік" };

        var first = await Drafting.SaveVersionAsync(member, id, 1, input);
        var second = await Drafting.SaveVersionAsync(member, id, 1, input);

        Assert.Equal(new SaveOutcome.Saved(2), first);
        Assert.Equal(new SaveOutcome.Unchanged(2), second);
        Assert.Equal(2, (await Items.GetItemAsync(member, id)).History.Count);
    }

    [Fact]
    public async Task Saving_on_a_stale_base_merges_without_losing_text()
    {
        var (member, _, id) = await NewProblemAsync("Рядок 1\nРядок 2\nРядок 3");
        await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Т", Body = "Рядок 1 — їхнє\nРядок 2\nРядок 3" });

        var outcome = await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Т", Body = "Рядок 1\nРядок 2\nРядок 3 — моє" });

        var merge = Assert.IsType<SaveOutcome.NeedsMerge>(outcome).Merge;
        Assert.True(merge.IsClean);
        Assert.Equal(2, merge.TheirsNumber);
        Assert.Equal("Рядок 1 — їхнє\nРядок 2\nРядок 3 — моє", merge.Body.Text);
        Assert.Equal(2, (await Items.GetItemAsync(member, id)).History.Count);

        var confirmed = await Drafting.SaveVersionAsync(member, id, merge.TheirsNumber, new DraftInput { Title = merge.Title.Text, Body = merge.Body.Text });
        Assert.Equal(new SaveOutcome.Saved(3), confirmed);
    }

    [Fact]
    public async Task Sixteen_concurrent_saves_each_become_a_version_or_a_merge_with_gapless_numbers_and_no_lost_text()
    {
        var lines = Enumerable.Range(1, 16).Select(i => $"Рядок {i}").ToArray();
        var (member, _, id) = await NewProblemAsync(string.Join("\n", lines));

        async Task EditLineAsync(int line)
        {
            var service = app.Scoped<DraftingService>();
            var mine = lines.ToArray();
            mine[line] = $"Рядок {line + 1} — правка автора {line + 1}";
            var input = new DraftInput { Title = "Спільна", Body = string.Join("\n", mine) };
            var baseNumber = 1;
            for (var attempt = 0; attempt < 100; attempt++)
            {
                switch (await service.SaveVersionAsync(member, id, baseNumber, input))
                {
                    case SaveOutcome.Saved or SaveOutcome.Unchanged:
                        return;
                    case SaveOutcome.NeedsMerge { Merge: var merge }:
                        Assert.True(merge.IsClean);
                        baseNumber = merge.TheirsNumber;
                        input = new DraftInput { Title = merge.Title.Text, Body = merge.Body.Text };
                        break;
                }
            }
            Assert.Fail("Never saved.");
        }

        await Task.WhenAll(Enumerable.Range(0, 16).Select(line => Task.Run(() => EditLineAsync(line))));

        var item = await Items.GetItemAsync(member, id);
        Assert.Equal(Enumerable.Range(1, 17).Reverse(), item.History.Select(v => v.Number));
        Assert.All(Enumerable.Range(1, 16), i => Assert.Contains($"правка автора {i}", item.Latest.Body));
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_it_the_newest_and_keeps_history()
    {
        var (member, _, id) = await NewProblemAsync("Перша");
        await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Т", Body = "Друга" });
        await Drafting.SaveVersionAsync(member, id, 2, new DraftInput { Title = "Т", Body = "Третя" });

        var number = await Drafting.RestoreVersionAsync(member, id, 1, "Відновлено версію 1");

        var item = await Items.GetItemAsync(member, id);
        Assert.Equal(4, number);
        Assert.Equal("Перша", item.Latest.Body);
        Assert.Equal([4, 3, 2, 1], item.History.Select(v => v.Number));
    }

    [Theory]
    [InlineData("", "", "", nameof(DraftInput.Title))]
    [InlineData("x301", "", "", nameof(DraftInput.Title))]
    [InlineData("Т", "x200001", "", nameof(DraftInput.Body))]
    [InlineData("Т", "", "x501", nameof(DraftInput.ChangeNote))]
    public async Task Bad_input_is_refused_on_its_field_and_the_working_copy_is_kept(string title, string body, string note, string field)
    {
        static string Expand(string value) => value.StartsWith('x') && int.TryParse(value[1..], out var n) ? new string('ї', n) : value;
        var (member, _, id) = await NewProblemAsync();
        await WorkingCopies.SaveAsync(member, id, 1, Expand(title), Expand(body));

        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = Expand(title), Body = Expand(body), ChangeNote = Expand(note) }));

        Assert.Equal(field, error.Field);
        Assert.NotNull(await WorkingCopies.GetAsync(member, id));
        Assert.Single((await Items.GetItemAsync(member, id)).History);
    }

    [Theory]
    [InlineData(Demo.Social)]
    [InlineData(Demo.Expert)]
    [InlineData(Demo.Chair)]
    public async Task Only_the_owning_group_and_the_administrator_may_change_items(string email)
    {
        var (_, group, id) = await NewProblemAsync();
        var outsider = await app.UserIdAsync(email);
        var input = new DraftInput { Title = "Чуже" };

        Assert.False((await Items.GetItemAsync(outsider, id)).CanEdit);
        await Assert.ThrowsAsync<ActionRefusedException>(() => Drafting.CreateItemAsync(outsider, group, ItemKind.Problem, input, []));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Drafting.SaveVersionAsync(outsider, id, 1, input));
        await Assert.ThrowsAsync<ActionRefusedException>(() => WorkingCopies.SaveAsync(outsider, id, 1, "x", "y"));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Drafting.MoveAsync(outsider, id, 1));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Drafting.RestoreVersionAsync(outsider, id, 1, ""));

        var admin = await app.UserIdAsync(Demo.Admin);
        Assert.IsType<SaveOutcome.Saved>(await Drafting.SaveVersionAsync(admin, id, 1, new DraftInput { Title = "Адмін править" }));
    }

    [Fact]
    public async Task A_disabled_member_is_told_the_account_is_disabled_not_that_the_group_is_wrong()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var users = app.Scoped<StrategyWorkspace.Features.Admin.Users.UserAdminService>();
        var email = $"{Demo.Unique("disabled")}@example.org";
        await users.CreateAsync(admin, new StrategyWorkspace.Features.Admin.Users.NewAccountInput
        {
            Email = email, DisplayName = "Вимкнений", Password = "Strong-Pass-2026", Roles = [WorkspaceRoles.Member],
        });
        var member = await app.UserIdAsync(email);
        await app.Scoped<StrategyWorkspace.Features.Admin.Groups.GroupAdminService>().AddMemberAsync(admin, await EconomyGroupAsync(), member);
        var id = await Drafting.CreateItemAsync(member, await EconomyGroupAsync(), ItemKind.Problem, new DraftInput { Title = Demo.Unique("Моє") }, []);
        await users.SetDisabledAsync(admin, member, true);

        var refused = await Assert.ThrowsAsync<ActionRefusedException>(() => Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Ще" }));
        var autosave = await Assert.ThrowsAsync<ActionRefusedException>(() => WorkingCopies.SaveAsync(member, id, 1, "x", "y"));

        Assert.Equal(Rights.AccountDisabledKey, refused.MessageKey);
        Assert.Equal(Rights.AccountDisabledKey, autosave.MessageKey);
    }

    [Fact]
    public async Task Reordering_moves_an_item_and_its_number_follows()
    {
        var (member, group, first) = await NewProblemAsync();
        var (_, _, second) = await NewProblemAsync();
        var before = (await Drafting.GetGroupItemsAsync(member, group)).ByKind[ItemKind.Problem];
        var secondBefore = before.Single(r => r.Id == second);

        await Drafting.MoveAsync(member, second, -1);

        var after = (await Drafting.GetGroupItemsAsync(member, group)).ByKind[ItemKind.Problem];
        Assert.Equal(secondBefore.Position - 1, after.Single(r => r.Id == second).Position);
        Assert.Equal($"1.1.{secondBefore.Position - 1}", after.Single(r => r.Id == second).Number.ToString());
        Assert.Equal(Enumerable.Range(1, after.Count), after.Select(r => r.Position));
    }

    [Fact]
    public async Task The_dashboard_counts_items_by_the_state_of_their_newest_version()
    {
        var (member, _, _) = await NewProblemAsync();

        var economy = (await app.Scoped<DashboardService>().GetAsync(member)).Groups.Single(g => g.Name == "Економіка і екологія");

        Assert.True(economy.ItemCounts[RevisionState.Draft] >= 1);
    }

    [Fact]
    public async Task Everyone_on_the_item_hears_of_a_new_version()
    {
        var (member, _, id) = await NewProblemAsync();
        var heard = new TaskCompletionSource<ItemLiveUpdate.VersionSaved>();
        using var _ = app.Service<ItemLiveNotifier>().Join(id, new ItemPresence(Guid.NewGuid(), "x", "Хтось", false), activity =>
        {
            if (activity is ItemLiveUpdate.VersionSaved saved) heard.TrySetResult(saved);
            return Task.CompletedTask;
        });

        await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Нова" });

        var saved = await heard.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal((2, "Олена Коваленко"), (saved.Number, saved.AuthorName));
    }

    [Fact]
    public async Task A_page_that_fails_to_take_the_news_does_not_fail_the_save_nor_deafen_the_others()
    {
        var (member, _, id) = await NewProblemAsync();
        var heard = new TaskCompletionSource();
        var notifier = app.Service<ItemLiveNotifier>();
        using var failing = notifier.Join(id, new ItemPresence(Guid.NewGuid(), "x", "Зламана сторінка", false),
            activity => activity is ItemLiveUpdate.VersionSaved ? throw new InvalidOperationException("this page's own trouble") : Task.CompletedTask);
        using var listening = notifier.Join(id, new ItemPresence(Guid.NewGuid(), "y", "Хтось", false), activity =>
        {
            if (activity is ItemLiveUpdate.VersionSaved) heard.TrySetResult();
            return Task.CompletedTask;
        });

        var outcome = await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Нова" });

        Assert.IsType<SaveOutcome.Saved>(outcome);
        await heard.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }
}

public sealed class LinkEditingTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    [Fact]
    public async Task A_goals_links_can_be_changed_after_it_was_created()
    {
        var drafting = app.Scoped<DraftingService>();
        var items = app.Scoped<ItemReader>();
        var member = await app.UserIdAsync(Demo.Economy);
        var group = (await app.Scoped<StrategyWorkspace.Features.Admin.Groups.GroupAdminService>().ListAsync(await app.UserIdAsync(Demo.Admin)))
            .First(g => g.Position == 1).Id;
        var first = await drafting.CreateItemAsync(member, group, ItemKind.Problem, new DraftInput { Title = "Перша" }, []);
        var second = await drafting.CreateItemAsync(member, group, ItemKind.Problem, new DraftInput { Title = "Друга" }, []);
        var goal = await drafting.CreateItemAsync(member, group, ItemKind.Goal, new DraftInput { Title = "Ціль" }, [first]);

        await drafting.SetLinksAsync(member, goal, [second]);

        Assert.Equal([second], (await items.GetItemAsync(member, goal)).LinksTo.Select(l => l.Id));
        Assert.Empty((await items.GetItemAsync(member, first)).LinkedFrom);
        var expert = await app.UserIdAsync(Demo.Expert);
        await Assert.ThrowsAsync<ActionRefusedException>(() => drafting.SetLinksAsync(expert, goal, [first]));
    }
}
