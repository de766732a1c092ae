using System.Text;
using DocumentFormat.OpenXml.Packaging;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Features.Translations;
using StrategyWorkspace.Tests.Features.Consultations;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Translations;

/// <summary>An edition read, downloaded and consulted on in English: the translation where it is current, the source said where not.</summary>
public sealed class EditionTranslationsTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    private async Task<int> ApprovedAsync(string title, string body, ItemKind kind = ItemKind.Problem, params int[] linkTo)
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var id = await app.Scoped<DraftingService>().CreateItemAsync(member, await app.GroupIdAsync(), kind, new DraftInput { Title = title, Body = body }, linkTo);
        await ApproveAsync(id, 1);
        return id;
    }

    private async Task ApproveAsync(int itemId, int number)
    {
        await app.Scoped<ReviewService>().SubmitAsync(await app.UserIdAsync(Demo.Economy), itemId, number, null);
        await app.Scoped<ReviewService>().ApproveAsync(await app.UserIdAsync(Demo.Chair), itemId, number, "Схвалено");
    }

    private async Task<int> MergeAsync(params int[] itemIds)
    {
        var chair = await app.UserIdAsync(Demo.Chair);
        var plan = await app.Scoped<ConsolidationService>().GetMergePlanAsync(chair);
        return await app.Scoped<ConsolidationService>().MergeAsync(chair, plan.CurrentEdition, plan.Choose(itemIds), null);
    }

    /// <summary>
    /// Three items merged: one translated as it stands, one whose text changed after it was translated, one never translated.
    /// </summary>
    private async Task<(int Edition, int Translated, int Outdated, int Untranslated)> EditionAsync()
    {
        var translator = await app.UserIdAsync(Demo.Translator);
        var translated = await ApprovedAsync(Demo.Unique("Безробіття"), "Рівень безробіття зростає.");
        var outdated = await ApprovedAsync(Demo.Unique("Зайнятість"), "Створити робочі місця.", ItemKind.Solution, translated);
        var untranslated = await ApprovedAsync(Demo.Unique("Дороги"), "Дороги зношені.");
        await app.Scoped<TranslationService>().SaveAsync(translator, translated, "en", 0, "Unemployment", "Unemployment grows.", null);
        await app.Scoped<TranslationService>().SaveAsync(translator, outdated, "en", 0, "Employment", "Create jobs.", null);
        var member = await app.UserIdAsync(Demo.Economy);
        var latest = (await app.Scoped<ItemReader>().GetItemAsync(member, outdated)).Latest;
        await app.Scoped<DraftingService>().SaveVersionAsync(member, outdated, 1, new DraftInput { Title = latest.Title, Body = "Створити 5 000 робочих місць." });
        await ApproveAsync(outdated, 2);
        return (await MergeAsync(translated, outdated, untranslated), translated, outdated, untranslated);
    }

    private static EditionItem Held(EditionDocument document, int itemId) =>
        document.Groups.SelectMany(g => g.Sections).SelectMany(s => s.Items).Single(i => i.ItemId == itemId);

    [Fact]
    public async Task In_english_an_item_reads_as_its_current_translation_and_the_source_stays_where_it_is_missing_or_outdated()
    {
        var (edition, translated, outdated, untranslated) = await EditionAsync();

        var english = (await app.Scoped<EditionReader>().GetDocumentAsync(await app.UserIdAsync(Demo.Expert), edition, "en"))!;

        Assert.Equal("en", english.TranslatedInto);
        var current = Held(english, translated);
        Assert.Equal(("Unemployment", "Unemployment grows.", TranslationStanding.Current, "en"),
            (current.Title, current.Body, current.Language!.Standing, current.Language.TextLanguage));
        var behind = Held(english, outdated);
        Assert.Equal(("Створити 5 000 робочих місць.", TranslationStanding.Outdated, 1, "uk"),
            (behind.Body, behind.Language!.Standing, behind.Language.TranslatesVersion, behind.Language.TextLanguage));
        // A link names its item in the language that item is read in.
        Assert.Equal("Unemployment", Assert.Single(behind.LinksTo).Title);
        Assert.Equal(TranslationStanding.Missing, Held(english, untranslated).Language!.Standing);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("uk")]
    [InlineData("fr")]
    public async Task In_its_own_language_or_one_not_translated_into_the_edition_is_its_source(string? language)
    {
        var (edition, translated, _, _) = await EditionAsync();

        var document = (await app.Scoped<EditionReader>().GetDocumentAsync(await app.UserIdAsync(Demo.Expert), edition, language))!;

        Assert.Null(document.TranslatedInto);
        Assert.Equal("Рівень безробіття зростає.", Held(document, translated).Body);
        Assert.Null(Held(document, translated).Language);
    }

    [Fact]
    public async Task The_word_and_markdown_files_in_english_hold_the_translation_and_say_where_the_ukrainian_follows()
    {
        var (edition, _, _, _) = await EditionAsync();
        var expert = await app.UserIdAsync(Demo.Expert);

        var docx = await app.Scoped<EditionExports>().DocxAsync(expert, edition, "en");
        var markdown = await app.Scoped<EditionExports>().MarkdownAsync(expert, edition, "en");

        Assert.Equal($"strategy-edition-{edition}-en.docx", docx.FileName);
        using var word = WordprocessingDocument.Open(new MemoryStream(docx.Content), isEditable: false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Unemployment grows.", text);
        Assert.Contains("Not yet translated into English; the Ukrainian text follows.", text);
        Assert.Contains("The English translation is of version 1, which has changed since; the Ukrainian text follows.", text);
        // The words around the committee's text are in English too, and Word is told the document's language.
        Assert.Contains("Problems", text);
        Assert.Contains("en-US", word.MainDocumentPart.StyleDefinitionsPart!.Styles!.OuterXml);

        var lines = Encoding.UTF8.GetString(markdown.Content);
        Assert.Equal($"strategy-edition-{edition}-en.md", markdown.FileName);
        Assert.Contains("Unemployment grows.", lines);
        Assert.Contains("_Not yet translated into English; the Ukrainian text follows._", lines);
    }

    [Fact]
    public async Task The_public_page_in_english_reads_the_consulted_edition_in_its_translations()
    {
        var (edition, translated, _, untranslated) = await EditionAsync();
        await ConsultationTestData.OpenFreshAsync(app, edition: edition);

        var english = (await app.Scoped<VisitorService>().GetPublicAsync("en"))!.Document;
        var ukrainian = (await app.Scoped<VisitorService>().GetPublicAsync("uk"))!.Document;

        Assert.Equal(("Unemployment", TranslationStanding.Current), (Held(english, translated).Title, Held(english, translated).Language!.Standing));
        Assert.Equal(TranslationStanding.Missing, Held(english, untranslated).Language!.Standing);
        Assert.Equal("Рівень безробіття зростає.", Held(ukrainian, translated).Body);
    }
}
