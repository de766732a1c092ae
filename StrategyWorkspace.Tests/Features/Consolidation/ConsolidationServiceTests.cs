using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consolidation;

public sealed class ConsolidationServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private ConsolidationService Consolidation => app.Scoped<ConsolidationService>();
    private EditionReader Editions => app.Scoped<EditionReader>();

    private Task<string> ChairAsync() => app.UserIdAsync(Demo.Chair);

    private async Task<int> ApprovedItemAsync(string title, string body = "Текст першої версії", ItemKind kind = ItemKind.Problem, int group = 1, params int[] linkTo)
    {
        var member = await app.UserIdAsync(group == 1 ? Demo.Economy : Demo.Social);
        var id = await app.Scoped<DraftingService>().CreateItemAsync(member, await app.GroupIdAsync(group), kind, new DraftInput { Title = title, Body = body }, linkTo);
        await ApproveAsync(id, 1);
        return id;
    }

    private async Task ApproveAsync(int itemId, int number)
    {
        var view = await app.Scoped<ItemReader>().GetItemAsync(await ChairAsync(), itemId);
        var member = await app.UserIdAsync(view.GroupName == "Економіка і екологія" ? Demo.Economy : Demo.Social);
        await app.Scoped<ReviewService>().SubmitAsync(member, itemId, number, null);
        await app.Scoped<ReviewService>().ApproveAsync(await ChairAsync(), itemId, number, $"Схвалено версію {number}");
    }

    private async Task<int> ReviseAndApproveAsync(int itemId, string body, string note = "Уточнено")
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var latest = (await app.Scoped<ItemReader>().GetItemAsync(member, itemId)).Latest;
        var saved = (SaveOutcome.Saved)await app.Scoped<DraftingService>().SaveVersionAsync(member, itemId, latest.Number,
            new DraftInput { Title = latest.Title, Body = body, ChangeNote = note });
        await ApproveAsync(itemId, saved.Number);
        return saved.Number;
    }

    private async Task<int> MergeAsync(params int[] itemIds)
    {
        var plan = await Consolidation.GetMergePlanAsync(await ChairAsync());
        return await Consolidation.MergeAsync(await ChairAsync(), plan.CurrentEdition, plan.Choose(itemIds), "Засідання комітету");
    }

    private async Task<EditionItem?> InEditionAsync(int edition, int itemId)
    {
        var document = await Editions.GetDocumentAsync(await ChairAsync(), edition);
        return document!.Groups.SelectMany(g => g.Sections).SelectMany(s => s.Items).FirstOrDefault(i => i.ItemId == itemId);
    }

    [Fact]
    public async Task The_merge_plan_lists_new_and_changed_approved_items_with_both_texts()
    {
        var added = await ApprovedItemAsync(Demo.Unique("Нова проблема"));
        var changed = await ApprovedItemAsync(Demo.Unique("Змінена проблема"), "Стара редакція");
        await MergeAsync(added, changed);
        await ReviseAndApproveAsync(changed, "Нова редакція");
        var draftOnly = await app.Scoped<DraftingService>().CreateItemAsync(await app.UserIdAsync(Demo.Economy), await app.GroupIdAsync(),
            ItemKind.Problem, new DraftInput { Title = Demo.Unique("Чернетка") }, []);

        var plan = await Consolidation.GetMergePlanAsync(await ChairAsync());

        var change = Assert.Single(plan.Candidates, c => c.ItemId == changed);
        Assert.Equal((ItemChangeKind.Changed, 1, "Стара редакція", 2, "Нова редакція"),
            (change.Change, change.OldVersion, change.OldBody, change.NewVersion, change.NewBody));
        Assert.DoesNotContain(plan.Candidates, c => c.ItemId == added || c.ItemId == draftOnly);
    }

    [Fact]
    public async Task Merging_makes_the_next_edition_of_the_approved_versions_and_keeps_what_was_held()
    {
        var first = await ApprovedItemAsync(Demo.Unique("Проблема"));
        var before = await MergeAsync(first);
        var second = await ApprovedItemAsync(Demo.Unique("Шлях вирішення"), "Як розв’язати", ItemKind.Solution, 1, first);

        var number = await MergeAsync(second);

        Assert.Equal(before + 1, number);
        Assert.Equal(1, (await InEditionAsync(number, first))!.VersionNumber);
        var solution = (await InEditionAsync(number, second))!;
        Assert.Equal("Як розв’язати", solution.Body);
        Assert.Contains(solution.LinksTo, l => l.ItemId == first);
        Assert.Contains((await InEditionAsync(number, first))!.LinkedFrom, l => l.ItemId == second);
        var summary = (await Editions.ListEditionsAsync(await app.UserIdAsync(Demo.Expert))).First(e => e.Number == number);
        Assert.Equal((1, 0, 0, "Голова комітету", "Засідання комітету"), (summary.Added, summary.Changed, summary.Removed, summary.MergedBy, summary.Note));
    }

    [Fact]
    public async Task An_edition_numbers_what_it_holds_without_the_gap_a_draft_leaves()
    {
        var before = await ApprovedItemAsync(Demo.Unique("Завдання перед чернеткою"), kind: ItemKind.Task);
        var draftOnly = await app.Scoped<DraftingService>().CreateItemAsync(await app.UserIdAsync(Demo.Economy), await app.GroupIdAsync(),
            ItemKind.Task, new DraftInput { Title = Demo.Unique("Чернетка між ними") }, []);
        var after = await ApprovedItemAsync(Demo.Unique("Завдання після чернетки"), kind: ItemKind.Task);

        var number = await MergeAsync(before, after);

        var section = (await Editions.GetDocumentAsync(await ChairAsync(), number))!.Groups.SelectMany(g => g.Sections).Single(s => s.Kind == ItemKind.Task && s.Items.Any(i => i.ItemId == before));
        Assert.Equal(Enumerable.Range(1, section.Items.Count).Select(n => $"1.4.{n}"), section.Items.Select(i => i.Number.ToString()));
        var numbers = section.Items.Select(i => i.ItemId).ToList();
        Assert.Equal(numbers.IndexOf(before) + 1, numbers.IndexOf(after));
        var workspaceNumber = (await app.Scoped<ItemReader>().GetItemAsync(await ChairAsync(), after)).Number;
        Assert.NotEqual(workspaceNumber, section.Items.Single(i => i.ItemId == after).Number);
        Assert.DoesNotContain(section.Items, i => i.ItemId == draftOnly);
    }

    [Fact]
    public async Task A_partial_merge_leaves_the_rest_for_a_later_edition()
    {
        var chosen = await ApprovedItemAsync(Demo.Unique("Обрана"));
        var left = await ApprovedItemAsync(Demo.Unique("Відкладена"));

        var number = await MergeAsync(chosen);

        Assert.NotNull(await InEditionAsync(number, chosen));
        Assert.Null(await InEditionAsync(number, left));
        Assert.Contains((await Consolidation.GetMergePlanAsync(await ChairAsync())).Candidates, c => c.ItemId == left && c.Change == ItemChangeKind.Added);
    }

    [Fact]
    public async Task An_item_the_group_withdrew_leaves_the_next_edition_but_keeps_its_history()
    {
        var id = await ApprovedItemAsync(Demo.Unique("Застаріла проблема"));
        var held = await MergeAsync(id);
        await Consolidation.WithdrawFromDocumentAsync(await app.UserIdAsync(Demo.Economy), id, "Втратила актуальність");

        var plan = await Consolidation.GetMergePlanAsync(await ChairAsync());
        Assert.Contains(plan.Candidates, c => c.ItemId == id && c.Change == ItemChangeKind.Removed && c.OldVersion == 1);
        var number = await MergeAsync(id);

        Assert.Null(await InEditionAsync(number, id));
        Assert.NotNull(await InEditionAsync(held, id));
        var editions = await Editions.GetItemEditionsAsync(await ChairAsync(), id);
        Assert.True(editions.IsWithdrawn);
        Assert.Equal([(held, 1)], editions.Holdings);
    }

    [Fact]
    public async Task An_edition_does_not_change_when_later_versions_are_approved_or_the_group_is_renamed()
    {
        var id = await ApprovedItemAsync(Demo.Unique("Незмінна"), "Текст редакції");
        var number = await MergeAsync(id);
        var before = await Editions.GetDocumentAsync(await ChairAsync(), number);

        await ReviseAndApproveAsync(id, "Пізніший текст");
        await using (var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync())
        {
            await db.Strategies.ExecuteUpdateAsync(s => s.SetProperty(x => x.Vision, "Інше бачення"));
        }

        var after = await Editions.GetDocumentAsync(await ChairAsync(), number);
        var item = after!.Groups.SelectMany(g => g.Sections).SelectMany(s => s.Items).Single(i => i.ItemId == id);
        Assert.Equal(("Текст редакції", 1), (item.Body, item.VersionNumber));
        Assert.Equal(before!.Vision, after.Vision);
        Assert.NotEqual("Інше бачення", after.Vision);
    }

    [Fact]
    public async Task Two_merges_at_once_make_exactly_one_edition()
    {
        var id = await ApprovedItemAsync(Demo.Unique("Одночасно"));
        var chair = await ChairAsync();
        var plan = await Consolidation.GetMergePlanAsync(chair);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                return (object)await app.Scoped<ConsolidationService>().MergeAsync(chair, plan.CurrentEdition, plan.Choose([id]), null);
            }
            catch (StaleDataException stale)
            {
                return stale;
            }
        }));

        Assert.Single(attempts.OfType<int>(), plan.NextEdition);
        Assert.Equal("Consolidation_EditionChangedMeanwhile", Assert.Single(attempts.OfType<StaleDataException>()).MessageKey);
        Assert.Single(await Editions.ListEditionsAsync(chair), e => e.Number == plan.NextEdition);
    }

    [Fact]
    public async Task Merging_on_a_stale_page_is_told_to_reload()
    {
        var id = await ApprovedItemAsync(Demo.Unique("Застаріла сторінка"));
        var plan = await Consolidation.GetMergePlanAsync(await ChairAsync());
        await MergeAsync(id);

        var chair = await ChairAsync();
        var stale = await Assert.ThrowsAsync<StaleDataException>(() => Consolidation.MergeAsync(chair, plan.CurrentEdition, plan.Choose([id]), null));
        Assert.Equal("Consolidation_EditionChangedMeanwhile", stale.MessageKey);
    }

    [Fact]
    public async Task Merging_an_item_that_is_no_longer_a_candidate_is_refused()
    {
        var plan = await Consolidation.GetMergePlanAsync(await ChairAsync());
        var draft = await app.Scoped<DraftingService>().CreateItemAsync(await app.UserIdAsync(Demo.Economy), await app.GroupIdAsync(),
            ItemKind.Problem, new DraftInput { Title = Demo.Unique("Не схвалено") }, []);

        var chair = await ChairAsync();
        var stale = await Assert.ThrowsAsync<StaleDataException>(() => Consolidation.MergeAsync(chair, plan.CurrentEdition, [new MergeChoice(draft, 1)], null));
        Assert.Equal("Consolidation_CandidatesChangedMeanwhile", stale.MessageKey);
    }

    [Fact]
    public async Task Merging_a_version_approved_after_the_chair_looked_is_refused_as_stale()
    {
        var id = await ApprovedItemAsync(Demo.Unique("Схвалено ще раз"));
        var chair = await ChairAsync();
        var plan = await Consolidation.GetMergePlanAsync(chair);
        await ReviseAndApproveAsync(id, "Новіша схвалена редакція");

        var stale = await Assert.ThrowsAsync<StaleDataException>(() => Consolidation.MergeAsync(chair, plan.CurrentEdition, plan.Choose([id]), null));

        Assert.Equal("Consolidation_CandidatesChangedMeanwhile", stale.MessageKey);
    }

    [Fact]
    public async Task Merging_nothing_is_refused_with_a_message()
    {
        var chair = await ChairAsync();
        var plan = await Consolidation.GetMergePlanAsync(chair);

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Consolidation.MergeAsync(chair, plan.CurrentEdition, [], null));

        Assert.Equal("Consolidation_NothingSelected", refused.MessageKey);
    }

    [Theory]
    [InlineData(Demo.Economy)]
    [InlineData(Demo.Expert)]
    public async Task Only_the_chair_or_administrator_sees_the_merge_plan_and_merges(string email)
    {
        var id = await ApprovedItemAsync(Demo.Unique("Не для всіх"));
        var someone = await app.UserIdAsync(email);

        await Assert.ThrowsAsync<ActionRefusedException>(() => Consolidation.GetMergePlanAsync(someone));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Consolidation.MergeAsync(someone, 0, [new MergeChoice(id, 1)], null));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Editions.GetDocumentAsync(null));
        var administrator = await app.UserIdAsync(Demo.Admin);
        Assert.NotNull(await Consolidation.GetMergePlanAsync(administrator));
    }

    [Fact]
    public async Task An_item_no_edition_holds_cannot_be_withdrawn_from_the_document()
    {
        var id = await ApprovedItemAsync(Demo.Unique("Ще не в документі"));
        var economy = await app.UserIdAsync(Demo.Economy);

        var refused = await Assert.ThrowsAsync<WorkspaceRuleException>(() => Consolidation.WithdrawFromDocumentAsync(economy, id, null));

        Assert.Equal("Consolidation_NotInDocument", refused.MessageKey);
        var editions = await Editions.GetItemEditionsAsync(economy, id);
        Assert.False(editions.CanWithdraw);
        Assert.False(editions.IsWithdrawn);
    }

    [Fact]
    public async Task Only_the_owning_group_withdraws_an_item_from_the_document()
    {
        var id = await ApprovedItemAsync(Demo.Unique("Чужа"));
        await MergeAsync(id);
        var (social, chair, economy) = (await app.UserIdAsync(Demo.Social), await ChairAsync(), await app.UserIdAsync(Demo.Economy));

        await Assert.ThrowsAsync<ActionRefusedException>(() => Consolidation.WithdrawFromDocumentAsync(social, id, null));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Consolidation.WithdrawFromDocumentAsync(chair, id, null));

        await Consolidation.WithdrawFromDocumentAsync(economy, id, null);
        await Assert.ThrowsAsync<WorkspaceRuleException>(() => Consolidation.WithdrawFromDocumentAsync(economy, id, null));
        await Consolidation.ReturnToDocumentAsync(economy, id);
        Assert.False((await Editions.GetItemEditionsAsync(await ChairAsync(), id)).IsWithdrawn);
    }

    [Fact]
    public async Task Comparing_two_editions_lists_what_was_added_changed_and_removed_with_a_changelog()
    {
        var kept = await ApprovedItemAsync(Demo.Unique("Без змін"));
        var changed = await ApprovedItemAsync(Demo.Unique("Змінюється"), "Було так.");
        var removed = await ApprovedItemAsync(Demo.Unique("Вилучається"));
        var from = await MergeAsync(kept, changed, removed);
        await ReviseAndApproveAsync(changed, "Стало так.", "Уточнено формулювання");
        await Consolidation.WithdrawFromDocumentAsync(await app.UserIdAsync(Demo.Economy), removed, null);
        var added = await ApprovedItemAsync(Demo.Unique("Соціальна"), "Новий пункт", ItemKind.Goal, group: 4);
        var to = await MergeAsync(changed, removed, added);

        var comparison = await Editions.CompareAsync(await app.UserIdAsync(Demo.Expert), from, to);

        Assert.DoesNotContain(comparison.Changes, c => c.ItemId == kept);
        Assert.Equal(ItemChangeKind.Changed, comparison.Changes.Single(c => c.ItemId == changed).Change);
        Assert.Equal(("Було так.", "Стало так."), (comparison.Changes.Single(c => c.ItemId == changed).OldBody, comparison.Changes.Single(c => c.ItemId == changed).NewBody));
        Assert.Equal(ItemChangeKind.Removed, comparison.Changes.Single(c => c.ItemId == removed).Change);
        Assert.Equal(ItemChangeKind.Added, comparison.Changes.Single(c => c.ItemId == added).Change);
        var socialGroup = await app.GroupIdAsync(4);
        Assert.Equal([added], comparison.OfGroup(socialGroup).Select(c => c.ItemId));

        var entry = Assert.Single(comparison.Changelog, e => e.ItemId == changed);
        Assert.Equal((2, "Уточнено формулювання", "Схвалено версію 2"), (entry.VersionNumber, entry.ChangeNote, entry.ApprovalReason));
        Assert.Contains(comparison.Changelog, e => e.ItemId == added && e.VersionNumber == 1);
        Assert.DoesNotContain(comparison.Changelog, e => e.ItemId == removed);
    }

    [Fact]
    public async Task Comparing_with_an_edition_that_does_not_exist_says_so()
    {
        var expert = await app.UserIdAsync(Demo.Expert);

        var missing = await Assert.ThrowsAsync<NotFoundException>(() => Editions.CompareAsync(expert, 1, 9999));

        Assert.Equal("Consolidation_EditionNotFound", missing.MessageKey);
    }

    [Fact]
    public async Task The_demo_committee_starts_with_edition_one_and_two_approvals_waiting()
    {
        var chair = await ChairAsync();
        var first = await Editions.GetDocumentAsync(chair, 1);

        var item = Assert.Single(first!.Groups.SelectMany(g => g.Sections).SelectMany(s => s.Items));
        Assert.Equal(("1.1.1", "Економіка області потребує відновлення", 1), (item.Number.ToString(), item.Title, item.VersionNumber));
        Assert.Equal("Стратегія розвитку Луганської області до 2020 року", first.Title);
    }
}
