using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Features.Admin.Groups;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

/// <summary>The committee's sections on the real database: who writes them, one of each, and the edition that holds them.</summary>
public sealed class CommitteeSectionsTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private DraftingService Drafting => app.Scoped<DraftingService>();

    private async Task<int> CommitteeIdAsync() => await app.Scoped<GroupDirectory>().CommitteeIdAsync();

    private async Task<int> SectionIdAsync(ItemKind kind)
    {
        var sections = await Drafting.GetGroupItemsAsync(await app.UserIdAsync(Demo.Admin), await CommitteeIdAsync());
        return sections.ByKind[kind].Single().Id;
    }

    [Fact]
    public async Task The_demo_committees_first_edition_holds_its_analysis_swot_vision_and_implementation_but_no_introduction_yet()
    {
        var expert = await app.UserIdAsync(Demo.Expert);
        var sections = await Drafting.GetGroupItemsAsync(expert, await CommitteeIdAsync());
        var first = (await app.Scoped<EditionReader>().GetDocumentAsync(expert, 1))!;

        Assert.False(sections.CanEdit);
        Assert.Equal(ItemKinds.SectionKinds.Except([ItemKind.Introduction]), first.Sections.Held.Select(s => s.Kind));
        Assert.Contains("| Показник | 2013 | 2015 |", first.Sections.Opening.Single().Body);
        // The committee is no working group: the navigation and the dashboard list five.
        Assert.Equal(5, (await app.Scoped<GroupDirectory>().ListAsync()).Count);
    }

    [Fact]
    public async Task Only_the_administrator_and_the_named_drafters_write_a_section_and_an_expert_or_another_member_is_refused()
    {
        var analysis = await SectionIdAsync(ItemKind.Analysis);
        var member = await app.UserIdAsync(Demo.Infrastructure);
        var input = new DraftInput { Title = "Соціально-економічний аналіз", Body = "Оновлені дані.", ChangeNote = "дані 2016" };

        var expert = await app.UserIdAsync(Demo.Expert);
        await Assert.ThrowsAsync<ActionRefusedException>(() => Drafting.SaveVersionAsync(member, analysis, 1, input));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Drafting.SaveVersionAsync(expert, analysis, 1, input));

        var admin = await app.UserIdAsync(Demo.Admin);
        await app.Scoped<GroupAdminService>().AddMemberAsync(admin, await CommitteeIdAsync(), member);
        var saved = await Drafting.SaveVersionAsync(member, analysis, 1, input);

        Assert.Equal(new SaveOutcome.Saved(2), saved);
        Assert.Equal("Оновлені дані.", (await app.Scoped<ItemReader>().GetItemAsync(member, analysis)).Latest.Body);
    }

    [Fact]
    public async Task A_section_is_written_once_and_only_on_the_committee_and_a_group_drafts_no_section()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var committee = await CommitteeIdAsync();

        var second = await Assert.ThrowsAsync<WorkspaceRuleException>(() =>
            Drafting.CreateItemAsync(admin, committee, ItemKind.Analysis, new DraftInput { Title = "Другий аналіз" }, []));
        Assert.Equal("Sections_AlreadyWritten", second.MessageKey);
        var economy = await app.UserIdAsync(Demo.Economy);
        var group = await app.GroupIdAsync(1);
        var inGroup = await Assert.ThrowsAsync<WorkspaceRuleException>(() =>
            Drafting.CreateItemAsync(economy, group, ItemKind.Vision, new DraftInput { Title = "Бачення групи" }, []));
        Assert.Equal("Sections_KindNotInGroup", inGroup.MessageKey);
        var problem = await Assert.ThrowsAsync<WorkspaceRuleException>(() =>
            Drafting.CreateItemAsync(admin, committee, ItemKind.Problem, new DraftInput { Title = "Проблема комітету" }, []));
        Assert.Equal("Sections_KindNotInGroup", problem.MessageKey);
    }

    [Fact]
    public async Task The_introduction_written_approved_and_merged_opens_the_next_edition_before_the_analysis()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var chair = await app.UserIdAsync(Demo.Chair);
        var id = await Drafting.CreateItemAsync(admin, await CommitteeIdAsync(), ItemKind.Introduction,
            new DraftInput { Title = "Вступ", Body = "| Етап | Строк |\n|---|---|\n| Засідання | 2016 |", ChangeNote = "перша редакція" }, []);
        var review = app.Scoped<ReviewService>();
        await review.SubmitAsync(admin, id, 1, null);
        await review.ApproveAsync(chair, id, 1, null);

        var consolidation = app.Scoped<ConsolidationService>();
        var plan = await consolidation.GetMergePlanAsync(chair);
        var number = await consolidation.MergeAsync(chair, plan.CurrentEdition, plan.Choose(plan.Candidates.Select(c => c.ItemId)), "Вступ");

        var document = (await app.Scoped<EditionReader>().GetDocumentAsync(chair, number))!;
        Assert.Equal([ItemKind.Introduction, ItemKind.Analysis], document.Sections.Opening.Select(s => s.Kind));
        Assert.Equal(4, document.Sections.Swot.Count);
        Assert.Equal("Стратегічне бачення", document.Sections.Vision!.Title);
        Assert.Equal(ItemKind.Implementation, Assert.Single(document.Sections.Closing).Kind);
        Assert.DoesNotContain(document.Groups, g => g.Position == 0);
        // Compared with the edition before, the introduction is a change like any item's.
        var comparison = await app.Scoped<EditionReader>().CompareAsync(chair, number - 1, number);
        Assert.Contains(comparison.Changes, c => c.ItemId == id && c.Change == ItemChangeKind.Added && c.Number.Label(c.Title) == "Вступ");
    }
}

/// <summary>The vision the settings held becomes the vision section's first version at start, once.</summary>
public sealed class VisionMoveTests
{
    [Fact]
    public async Task A_vision_from_the_settings_becomes_the_approved_first_version_of_the_vision_section_once()
    {
        await using var app = new WorkspaceFactory(seedDemoData: false)
            .With("Workspace:InitialAdministratorEmail", "secretariat@oblast.example")
            .With("Workspace:InitialAdministratorPassword", "First-Admin-2026");
        var admin = await app.UserIdAsync("secretariat@oblast.example");
        await using (var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync())
        {
            await db.Strategies.ExecuteUpdateAsync(s => s.SetProperty(x => x.Vision, "Луганська область – комфортний для проживання регіон."));
        }

        var initializer = app.Scoped<StrategyWorkspace.Hosting.DatabaseInitializer>();
        await initializer.InitializeAsync();
        await initializer.InitializeAsync();

        var sections = await app.Scoped<DraftingService>().GetGroupItemsAsync(admin, await app.Scoped<GroupDirectory>().CommitteeIdAsync());
        var vision = Assert.Single(sections.ByKind[ItemKind.Vision]);
        Assert.Equal(("Стратегічне бачення", RevisionState.Approved, 1), (vision.Title, vision.State, vision.LatestVersion));
        var text = await app.Scoped<ItemReader>().GetVersionAsync(admin, vision.Id, 1);
        Assert.Equal(("Луганська область – комфортний для проживання регіон.", "Перенесено з налаштувань стратегії"), (text.Body, text.ChangeNote));
    }
}
