using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Notifications;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Review;

public sealed class SuggestionServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private const string Text = "Рівень безробіття зростає.\n\nПідприємства закриваються через війну.\n\nЛюди виїжджають.";

    private readonly WorkspaceFactory app = fixture.App;
    private SuggestionService Suggestions => app.Scoped<SuggestionService>();
    private DraftingService Drafting => app.Scoped<DraftingService>();

    private async Task<(string Member, string Expert, int ItemId)> ItemAsync(string body = Text)
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var id = await Drafting.CreateItemAsync(member, await app.GroupIdAsync(), ItemKind.Problem, new DraftInput { Title = Demo.Unique("Пропозиції"), Body = body }, []);
        return (member, await app.UserIdAsync(Demo.Expert), id);
    }

    private async Task<ItemVersion> NewestAsync(int itemId)
    {
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        var number = await db.Items.Where(i => i.Id == itemId).Select(i => i.LatestVersionNumber).FirstAsync();
        return await db.ItemVersions.AsNoTracking().FirstAsync(v => v.ItemId == itemId && v.Number == number);
    }

    private async Task<Suggestion> StoredAsync(int id)
    {
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        return await db.Suggestions.AsNoTracking().FirstAsync(s => s.Id == id);
    }

    [Fact]
    public async Task The_member_accepts_one_suggestion_and_declines_another_and_the_new_version_credits_the_expert()
    {
        var (member, expert, id) = await ItemAsync();
        var replace = await Suggestions.SuggestAsync(expert, id, 1, "зростає", SuggestionKind.Replace, "зростає третій рік поспіль", "Точніше.");
        var delete = await Suggestions.SuggestAsync(expert, id, 1, " через війну", SuggestionKind.Delete, null, "Зайве.");
        var expertName = await app.DisplayNameAsync(Demo.Expert);

        var number = await Suggestions.AcceptAsync(member, id, [new AcceptedSuggestion(replace)]);
        await Suggestions.DeclineAsync(member, delete, "Причина важлива для аналізу.");

        var newest = await NewestAsync(id);
        Assert.Equal((2, "Рівень безробіття зростає третій рік поспіль.\n\nПідприємства закриваються через війну.\n\nЛюди виїжджають."), (newest.Number, newest.Body));
        Assert.Equal(2, number);
        Assert.Equal($"Прийнято запропоновані правки: {expertName}", newest.ChangeNote);
        Assert.Equal(member, newest.AuthorId);
        var (accepted, declined) = (await StoredAsync(replace), await StoredAsync(delete));
        Assert.Equal((SuggestionState.Accepted, (int?)2, member), (accepted.State, accepted.TakenInVersion, accepted.DecidedById));
        Assert.Equal((SuggestionState.Declined, "Причина важлива для аналізу.", (int?)null), (declined.State, declined.Decision, declined.TakenInVersion));

        var listed = await Suggestions.ListAsync(expert, id, 2);
        Assert.False(listed.CanDecide);
        Assert.Equal([SuggestionState.Accepted, SuggestionState.Declined], listed.Suggestions.Select(s => s.State).Order());
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        var kinds = await db.Activity.Where(a => a.ItemId == id).Select(a => a.Kind).ToListAsync();
        Assert.Equal(2, kinds.Count(k => k == ActivityKind.Suggested));
        Assert.Contains(ActivityKind.SuggestionAccepted, kinds);
        Assert.Contains(ActivityKind.SuggestionDeclined, kinds);
        var told = await db.Notifications.Where(n => n.ItemId == id && n.UserId == expert).Select(n => n.Kind).ToListAsync();
        Assert.Equal([NotificationKind.SuggestionAccepted, NotificationKind.SuggestionDeclined], told.Order());
        Assert.True(await db.Notifications.AnyAsync(n => n.ItemId == id && n.UserId == member && n.Kind == NotificationKind.Suggested));
    }

    [Fact]
    public async Task Several_suggestions_accepted_at_once_make_one_version_and_one_may_be_taken_with_the_members_own_words()
    {
        var (member, expert, id) = await ItemAsync();
        var chair = await app.UserIdAsync(Demo.Chair);
        var first = await Suggestions.SuggestAsync(expert, id, 1, "Рівень безробіття", SuggestionKind.Replace, "Рівень зареєстрованого безробіття", null);
        var second = await Suggestions.SuggestAsync(chair, id, 1, "Люди виїжджають.", SuggestionKind.InsertAfter, "Молодь — насамперед.", "Дані ОДА.");
        var third = await Suggestions.SuggestAsync(expert, id, 1, "закриваються", SuggestionKind.Replace, "масово закриваються", null);

        var number = await Suggestions.AcceptAsync(member, id,
            [new AcceptedSuggestion(first), new AcceptedSuggestion(second), new AcceptedSuggestion(third, "закриваються або переїжджають")]);

        var newest = await NewestAsync(id);
        Assert.Equal(2, number);
        Assert.Equal("Рівень зареєстрованого безробіття зростає.\n\nПідприємства закриваються або переїжджають через війну.\n\nЛюди виїжджають. Молодь — насамперед.",
            newest.Body);
        Assert.Contains(await app.DisplayNameAsync(Demo.Chair), newest.ChangeNote);
        var changed = await StoredAsync(third);
        Assert.Equal((SuggestionState.AcceptedWithChanges, "закриваються або переїжджають"), (changed.State, changed.Decision));
    }

    [Fact]
    public async Task A_suggestion_on_an_older_version_is_applied_where_its_passage_now_stands()
    {
        var (member, expert, id) = await ItemAsync();
        var suggestion = await Suggestions.SuggestAsync(expert, id, 1, "Люди виїжджають.", SuggestionKind.Replace, "Люди масово виїжджають.", null);
        // The member moves the sentence to the top and edits another one meanwhile.
        await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Т", Body = "Люди виїжджають.\n\nРівень безробіття зростає швидко.\n\nПідприємства закриваються через війну." });

        var listed = Assert.Single((await Suggestions.ListAsync(member, id, 2)).Suggestions);
        await Suggestions.AcceptAsync(member, id, [new AcceptedSuggestion(suggestion)]);

        Assert.Equal(PassageStanding.Moved, listed.Place.Standing);
        Assert.Equal("Люди масово виїжджають.\n\nРівень безробіття зростає швидко.\n\nПідприємства закриваються через війну.", (await NewestAsync(id)).Body);
    }

    [Fact]
    public async Task A_suggestion_whose_passage_was_edited_since_names_the_conflict_and_takes_the_members_text_over_the_new_wording()
    {
        var (member, expert, id) = await ItemAsync();
        var suggestion = await Suggestions.SuggestAsync(expert, id, 1, "Підприємства закриваються через війну.", SuggestionKind.Replace,
            "Підприємства закриваються через бойові дії.", null);
        await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Т", Body = Text.Replace("Підприємства закриваються", "Малі підприємства закриваються") });

        var conflict = await Assert.ThrowsAsync<InvalidInputException>(() => Suggestions.AcceptAsync(member, id, [new AcceptedSuggestion(suggestion)]));
        Assert.Equal("Suggestions_EditedSince", conflict.MessageKey);
        Assert.Equal(["Підприємства закриваються через війну.", "Малі підприємства закриваються через війну."], conflict.Arguments.Cast<string>());
        Assert.Equal(2, (await NewestAsync(id)).Number);
        Assert.True((await StoredAsync(suggestion)).IsOpen);

        await Suggestions.AcceptAsync(member, id, [new AcceptedSuggestion(suggestion, "Малі підприємства закриваються через бойові дії.")]);
        Assert.Equal(Text.Replace("Підприємства закриваються через війну.", "Малі підприємства закриваються через бойові дії."), (await NewestAsync(id)).Body);
    }

    [Fact]
    public async Task A_suggestion_on_a_passage_a_later_version_dropped_is_kept_and_marked_and_cannot_be_accepted()
    {
        var (member, expert, id) = await ItemAsync();
        var suggestion = await Suggestions.SuggestAsync(expert, id, 1, "Люди виїжджають.", SuggestionKind.Delete, null, null);
        await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Т", Body = "Рівень безробіття зростає.\n\nЗовсім інший текст." });

        var listed = Assert.Single((await Suggestions.ListAsync(member, id, 2)).Suggestions);
        Assert.Equal((PassageStanding.Gone, true), (listed.Place.Standing, listed.IsOpen));
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Suggestions.AcceptAsync(member, id, [new AcceptedSuggestion(suggestion)]));
        Assert.Equal("Suggestions_GoneSince", refused.MessageKey);
        await Suggestions.DeclineAsync(member, suggestion, "Речення вже вилучено.");
    }

    [Fact]
    public async Task Accepting_leaves_the_members_unsaved_typing_alone()
    {
        var (member, expert, id) = await ItemAsync();
        await app.Scoped<WorkingCopyService>().SaveAsync(member, id, 1, "Т", Text + "\n\nНедописане речення");
        var suggestion = await Suggestions.SuggestAsync(expert, id, 1, "зростає", SuggestionKind.Replace, "зменшується", null);

        await Suggestions.AcceptAsync(member, id, [new AcceptedSuggestion(suggestion)]);

        var copy = await app.Scoped<WorkingCopyService>().GetAsync(member, id);
        Assert.Contains("Недописане речення", copy?.Body);
    }

    [Theory]
    [InlineData("", SuggestionKind.Replace, "нове", "Passage", "Suggestions_PassageRequired")]
    [InlineData("немає такого", SuggestionKind.Replace, "нове", "Passage", "Suggestions_PassageNotInText")]
    [InlineData("зростає", SuggestionKind.Replace, "  ", "Text", "Suggestions_TextRequired")]
    [InlineData("зростає", SuggestionKind.Replace, "зростає", "Text", "Suggestions_TextUnchanged")]
    [InlineData("зростає", SuggestionKind.InsertAfter, "", "Text", "Suggestions_TextRequired")]
    public async Task Bad_suggestions_are_refused_on_their_field(string passage, SuggestionKind kind, string text, string field, string key)
    {
        var (_, expert, id) = await ItemAsync();
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Suggestions.SuggestAsync(expert, id, 1, passage, kind, text, null));
        Assert.Equal((field, key), (error.Field, error.MessageKey));
    }

    [Fact]
    public async Task Suggestions_over_the_text_limits_are_refused()
    {
        var (_, expert, id) = await ItemAsync();
        var text = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Suggestions.SuggestAsync(expert, id, 1, "зростає", SuggestionKind.Replace, new string('ж', Suggestion.MaxTextLength + 1), null));
        var reason = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Suggestions.SuggestAsync(expert, id, 1, "зростає", SuggestionKind.Replace, "спадає", new string('ж', Suggestion.MaxReasonLength + 1)));
        Assert.Equal(("Text", "Reason"), (text.Field, reason.Field));
    }

    [Fact]
    public async Task Members_do_not_suggest_experts_do_not_decide_and_other_groups_do_not_decide()
    {
        var (member, expert, id) = await ItemAsync();
        await Assert.ThrowsAsync<ActionRefusedException>(() => Suggestions.SuggestAsync(member, id, 1, "зростає", SuggestionKind.Delete, null, null));
        var suggestion = await Suggestions.SuggestAsync(expert, id, 1, "зростає", SuggestionKind.Replace, "спадає", null);
        var outsider = await app.UserIdAsync(Demo.Social);

        await Assert.ThrowsAsync<ActionRefusedException>(() => Suggestions.AcceptAsync(expert, id, [new AcceptedSuggestion(suggestion)]));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Suggestions.AcceptAsync(outsider, id, [new AcceptedSuggestion(suggestion)]));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Suggestions.DeclineAsync(outsider, suggestion, "Ні."));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Suggestions.SuggestAsync(null, id, 1, "зростає", SuggestionKind.Delete, null, null));
        Assert.Equal(1, (await NewestAsync(id)).Number);
    }

    [Fact]
    public async Task A_decided_suggestion_is_not_decided_again_and_a_decline_needs_a_reason()
    {
        var (member, expert, id) = await ItemAsync();
        var suggestion = await Suggestions.SuggestAsync(expert, id, 1, "зростає", SuggestionKind.Replace, "спадає", null);

        var noReason = await Assert.ThrowsAsync<InvalidInputException>(() => Suggestions.DeclineAsync(member, suggestion, " "));
        await Suggestions.AcceptAsync(member, id, [new AcceptedSuggestion(suggestion)]);
        var again = await Assert.ThrowsAsync<WorkspaceRuleException>(() => Suggestions.AcceptAsync(member, id, [new AcceptedSuggestion(suggestion)]));
        var declineAfter = await Assert.ThrowsAsync<WorkspaceRuleException>(() => Suggestions.DeclineAsync(member, suggestion, "Пізно."));

        Assert.Equal("Suggestions_ReasonRequired", noReason.MessageKey);
        Assert.Equal(("Suggestions_AlreadyDecided", "Suggestions_AlreadyDecided"), (again.MessageKey, declineAfter.MessageKey));
        Assert.Equal(2, (await NewestAsync(id)).Number);
    }

    [Fact]
    public async Task Two_members_accepting_at_once_make_one_version()
    {
        var (member, expert, id) = await ItemAsync();
        var other = await app.UserIdAsync(Demo.Admin);
        var suggestion = await Suggestions.SuggestAsync(expert, id, 1, "зростає", SuggestionKind.Replace, "спадає", null);

        var results = await Task.WhenAll(
            Capture(() => app.Scoped<SuggestionService>().AcceptAsync(member, id, [new AcceptedSuggestion(suggestion)])),
            Capture(() => app.Scoped<SuggestionService>().AcceptAsync(other, id, [new AcceptedSuggestion(suggestion)])));

        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r is WorkspaceRuleException { MessageKey: "Suggestions_AlreadyDecided" });
        Assert.Equal(2, (await NewestAsync(id)).Number);
    }

    private static async Task<Exception?> Capture(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
