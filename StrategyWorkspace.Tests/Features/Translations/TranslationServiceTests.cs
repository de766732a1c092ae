using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Translations;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Translations;

public sealed class TranslationServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private TranslationService Translations => app.Scoped<TranslationService>();

    private async Task<(string Member, int ItemId)> ItemAsync(string body = "Рівень безробіття зростає.")
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var id = await app.Scoped<DraftingService>().CreateItemAsync(member, await app.GroupIdAsync(), ItemKind.Problem,
            new DraftInput { Title = Demo.Unique("Безробіття"), Body = body }, []);
        return (member, id);
    }

    [Fact]
    public async Task A_translator_translates_any_groups_item_and_a_newer_source_version_marks_it_outdated_with_the_source_to_diff()
    {
        var (member, id) = await ItemAsync();
        var translator = await app.UserIdAsync(Demo.Translator);

        var number = await Translations.SaveAsync(translator, id, "en", 0, "Unemployment", "Unemployment grows.", "first");
        var fresh = await Translations.GetDeskAsync(translator, id, "en");
        await app.Scoped<DraftingService>().SaveVersionAsync(member, id, 1, new DraftInput { Title = fresh.Source.Title, Body = "Рівень безробіття швидко зростає." });
        var behind = await Translations.GetDeskAsync(translator, id, "en");

        Assert.Equal(1, number);
        Assert.Equal((TranslationStanding.Current, 1, true), (fresh.Translation!.Standing, fresh.Translation.SourceVersionNumber, fresh.CanTranslate));
        Assert.Equal((TranslationStanding.Outdated, 2), (behind.Translation!.Standing, behind.Source.Number));
        Assert.Equal(("Рівень безробіття зростає.", 1), (behind.TranslatedSource!.Body, behind.TranslatedSource.Number));
        Assert.Equal([new LanguageStanding("en", TranslationStanding.Outdated, 1, false)], await Translations.StandingsAsync(await app.UserIdAsync(Demo.Expert), id));
        // The old version still reads its translation as current; the new one as outdated.
        Assert.Equal(TranslationStanding.Current, (await Translations.ForVersionAsync(member, id, 1, "en"))!.Standing);
        Assert.Equal(TranslationStanding.Outdated, (await Translations.ForVersionAsync(member, id, 2, "en"))!.Standing);

        await Translations.SaveAsync(translator, id, "en", 1, "Unemployment", "Unemployment grows fast.", null);
        var caughtUp = await Translations.ForVersionAsync(member, id, 2, "en");
        Assert.Equal((TranslationStanding.Current, 2, "Unemployment grows fast."), (caughtUp!.Standing, caughtUp.Number, caughtUp.Body));
        Assert.Equal("Unemployment grows.", (await Translations.ForVersionAsync(member, id, 1, "en"))!.Body);
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        Assert.Equal(2, await db.Activity.CountAsync(a => a.ItemId == id && a.Kind == ActivityKind.Translated));
    }

    [Fact]
    public async Task A_version_that_changed_only_what_is_not_text_leaves_the_translation_current()
    {
        var (member, id) = await ItemAsync();
        await Translations.SaveAsync(member, id, "en", 0, "Unemployment", "Unemployment grows.", null);
        var source = await Translations.GetDeskAsync(member, id, "en");
        await app.Scoped<DraftingService>().RestoreVersionAsync(member, id, 1, "the same text again");

        Assert.Equal(TranslationStanding.Current, (await Translations.StandingsAsync(member, id)).Single().Standing);
        Assert.Equal(source.Source.Body, (await Translations.GetDeskAsync(member, id, "en")).Source.Body);
    }

    [Fact]
    public async Task The_groups_member_translates_but_an_expert_or_another_group_may_not()
    {
        var (member, id) = await ItemAsync();
        var expert = await app.UserIdAsync(Demo.Expert);
        var otherGroup = await app.UserIdAsync(Demo.Social);
        await Assert.ThrowsAsync<ActionRefusedException>(() => Translations.SaveAsync(expert, id, "en", 0, "T", "B", null));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Translations.SaveAsync(otherGroup, id, "en", 0, "T", "B", null));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Translations.SaveAsync(null, id, "en", 0, "T", "B", null));

        Assert.Equal(1, await Translations.SaveAsync(member, id, "en", 0, "Unemployment", "Grows.", null));
        Assert.False((await Translations.GetDeskAsync(otherGroup, id, "en")).CanTranslate);
    }

    [Fact]
    public async Task A_translator_may_not_change_the_source()
    {
        var (_, id) = await ItemAsync();
        var translator = await app.UserIdAsync(Demo.Translator);
        await Assert.ThrowsAsync<ActionRefusedException>(() =>
            app.Scoped<DraftingService>().SaveVersionAsync(translator, id, 1, new DraftInput { Title = "Т", Body = "Чужий текст" }));
    }

    [Fact]
    public async Task A_translation_saved_meanwhile_is_not_overwritten_and_an_unknown_language_is_refused()
    {
        var (member, id) = await ItemAsync();
        var translator = await app.UserIdAsync(Demo.Translator);
        await Translations.SaveAsync(member, id, "en", 0, "Unemployment", "Grows.", null);

        var stale = await Assert.ThrowsAsync<StaleDataException>(() => Translations.SaveAsync(translator, id, "en", 0, "Joblessness", "Rises.", null));
        await Assert.ThrowsAsync<NotFoundException>(() => Translations.SaveAsync(translator, id, "de", 0, "Arbeitslosigkeit", "Steigt.", null));
        await Assert.ThrowsAsync<NotFoundException>(() => Translations.SaveAsync(translator, id, "uk", 0, "Безробіття", "Зростає.", null));

        Assert.Equal("Translations_SavedMeanwhile", stale.MessageKey);
        Assert.Equal("Grows.", (await Translations.GetDeskAsync(member, id, "en")).Translation!.Body);
    }

    [Fact]
    public async Task Bad_translations_are_refused_on_their_field_and_an_unchanged_one_makes_no_version()
    {
        var (member, id) = await ItemAsync();
        var empty = await Assert.ThrowsAsync<InvalidInputException>(() => Translations.SaveAsync(member, id, "en", 0, " ", "Grows.", null));
        var tooLong = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Translations.SaveAsync(member, id, "en", 0, "T", new string('x', Item.MaxBodyLength + 1), null));
        await Translations.SaveAsync(member, id, "en", 0, "Unemployment", "<script>alert(1)</script> Grows.", null);

        Assert.Equal(("Title", "Body"), (empty.Field, tooLong.Field));
        Assert.Equal(1, await Translations.SaveAsync(member, id, "en", 1, "Unemployment", "<script>alert(1)</script> Grows.", null));
    }

    [Fact]
    public async Task The_worklist_shows_each_items_standing_and_who_may_translate_it()
    {
        var (member, current) = await ItemAsync();
        var (_, outdated) = await ItemAsync("Дороги зношені.");
        var (_, missing) = await ItemAsync("Мости старі.");
        await Translations.SaveAsync(member, current, "en", 0, "Unemployment", "Unemployment grows.", null);
        await Translations.SaveAsync(member, outdated, "en", 0, "Roads", "Roads are worn.", null);
        var title = (await Translations.GetDeskAsync(member, outdated, "en")).Source.Title;
        await app.Scoped<DraftingService>().SaveVersionAsync(member, outdated, 1, new DraftInput { Title = title, Body = "Дороги дуже зношені." });

        var forTranslator = await Translations.WorklistAsync(await app.UserIdAsync(Demo.Translator));
        var forOtherGroup = await Translations.WorklistAsync(await app.UserIdAsync(Demo.Social));

        TranslationWork Work(IReadOnlyList<TranslationWork> list, int id) => list.Single(w => w.ItemId == id);
        Assert.Equal(new LanguageStanding("en", TranslationStanding.Current, 1, true), Work(forTranslator, current).Languages.Single());
        Assert.Equal(new LanguageStanding("en", TranslationStanding.Outdated, 1, true), Work(forTranslator, outdated).Languages.Single());
        Assert.Equal(new LanguageStanding("en", TranslationStanding.Missing, null, true), Work(forTranslator, missing).Languages.Single());
        Assert.False(Work(forTranslator, current).IsWaiting);
        Assert.True(Work(forTranslator, outdated).IsWaiting);
        Assert.False(Work(forOtherGroup, missing).Languages.Single().CanTranslate);
        // The committee's sections come first, then the groups in order.
        Assert.True(forTranslator[0].Kind.IsSection());
        await Assert.ThrowsAsync<ActionRefusedException>(() => Translations.WorklistAsync(null));
    }
}
