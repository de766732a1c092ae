using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Review;

public sealed class VerdictTests : WorkspaceComponentTest, IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app;

    public VerdictTests(WorkspaceFixture fixture)
    {
        app = fixture.App;
        Services.AddSingleton(app.Scoped<ReviewService>());
        Services.AddSingleton(Options.Create(new WorkspaceOptions()));
    }

    private ReviewService Review => app.Scoped<ReviewService>();

    private async Task<int> SubmittedItemAsync()
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var group = await app.GroupIdAsync();
        var id = await app.Scoped<DraftingService>().CreateItemAsync(member, group, ItemKind.Goal, new DraftInput { Title = Demo.Unique("Ціль") }, []);
        await Review.SubmitAsync(member, id, 1, null);
        return id;
    }

    [Fact]
    public async Task An_expert_endorses_then_changes_their_mind_and_the_chair_sees_the_count()
    {
        var id = await SubmittedItemAsync();
        var expert = await app.UserIdAsync(Demo.Expert);

        await Review.RecordVerdictAsync(expert, id, 1, VerdictKind.Endorse, "добре");
        await Review.RecordVerdictAsync(expert, id, 1, VerdictKind.RequestChanges, "бракує індикаторів");

        var verdict = Assert.Single(await Review.VerdictsAsync(expert, id, 1));
        Assert.Equal((VerdictKind.RequestChanges, "бракує індикаторів", "Міжнародний експерт"), (verdict.Kind, verdict.Note, verdict.Expert));
        var pending = (await Review.PendingAsync(await app.UserIdAsync(Demo.Chair))).Single(p => p.ItemId == id);
        Assert.Equal((0, 1), (pending.Endorsements, pending.ChangeRequests));
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        Assert.Equal(2, await db.Activity.CountAsync(a => a.ItemId == id && a.Kind == ActivityKind.Verdict));
    }

    [Fact]
    public async Task A_verdict_with_the_longest_note_is_kept_whole_and_logged_shortened()
    {
        var id = await SubmittedItemAsync();
        var expert = await app.UserIdAsync(Demo.Expert);
        var note = new string('н', Verdict.MaxNoteLength);

        await Review.RecordVerdictAsync(expert, id, 1, VerdictKind.RequestChanges, note);

        Assert.Equal(note, Assert.Single(await Review.VerdictsAsync(expert, id, 1)).Note);
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        var logged = await db.Activity.SingleAsync(a => a.ItemId == id && a.Kind == ActivityKind.Verdict);
        Assert.Equal(ActivityEntry.MaxNoteLength, logged.Note!.Length);
    }

    [Fact]
    public async Task Asking_for_changes_needs_a_note()
    {
        var id = await SubmittedItemAsync();
        var expert = await app.UserIdAsync(Demo.Expert);
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Review.RecordVerdictAsync(expert, id, 1, VerdictKind.RequestChanges, " "));
        Assert.Equal("Review_VerdictNoteRequired", error.MessageKey);
    }

    [Theory]
    [InlineData(Demo.Chair)]
    [InlineData(Demo.Economy)]
    [InlineData(Demo.Admin)]
    public async Task Only_experts_record_verdicts(string email)
    {
        var id = await SubmittedItemAsync();
        var actor = await app.UserIdAsync(email);
        await Assert.ThrowsAsync<ActionRefusedException>(() => Review.RecordVerdictAsync(actor, id, 1, VerdictKind.Endorse, ""));
    }

    [Fact]
    public async Task A_verdict_on_a_version_that_is_not_pending_is_refused()
    {
        var id = await SubmittedItemAsync();
        await Review.WithdrawAsync(await app.UserIdAsync(Demo.Economy), id, 1);
        var expert = await app.UserIdAsync(Demo.Expert);
        await Assert.ThrowsAsync<WorkspaceRuleException>(() => Review.RecordVerdictAsync(expert, id, 1, VerdictKind.Endorse, ""));
    }

    [Fact]
    public async Task The_panel_offers_the_expert_a_verdict_form_and_keeps_the_note_when_it_is_refused()
    {
        var id = await SubmittedItemAsync();
        SignIn(await app.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);

        var panel = Render<VerdictPanel>(p => p.Add(c => c.ItemId, id).Add(c => c.VersionNumber, 1).Add(c => c.IsPending, true));
        panel.WaitForAssertion(() =>
        {
            Assert.Contains("Висновків ще немає.", panel.Markup);
            Assert.Equal(2, panel.FindAll("input[type=radio]").Count);
        });
        panel.FindAll("input[type=radio]")[1].Click();
        await panel.InvokeAsync(() => SaveButton(panel).Click());

        panel.WaitForAssertion(() => Assert.Contains("Напишіть, що слід змінити.", panel.Markup));
        panel.Find("textarea").Input("Додайте індикатори.");
        await panel.InvokeAsync(() => SaveButton(panel).Click());
        panel.WaitForAssertion(() => Assert.Contains("Додайте індикатори.", panel.Find("ul.verdicts").TextContent));
    }

    /// <summary>
    /// Found inside the renderer's turn that clicks it: on PostgreSQL the radio group and the text field
    /// may still re-render after their input, which renumbers the button's handler.
    /// </summary>
    private static AngleSharp.Dom.IElement SaveButton(IRenderedComponent<VerdictPanel> panel) =>
        panel.FindAll("button").Single(b => b.TextContent.Trim() == "Зберегти висновок");

    [Fact]
    public async Task The_chair_sees_verdicts_but_no_form()
    {
        var id = await SubmittedItemAsync();
        await Review.RecordVerdictAsync(await app.UserIdAsync(Demo.Expert), id, 1, VerdictKind.Endorse, "підтримую");
        SignIn(await app.UserIdAsync(Demo.Chair), Demo.Chair, WorkspaceRoles.Chair);

        var panel = Render<VerdictPanel>(p => p.Add(c => c.ItemId, id).Add(c => c.VersionNumber, 1).Add(c => c.IsPending, true));

        panel.WaitForAssertion(() => Assert.Contains("підтримую", panel.Markup));
        Assert.Empty(panel.FindAll("textarea"));
    }
}
