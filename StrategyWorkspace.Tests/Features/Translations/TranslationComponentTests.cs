using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Features.Translations;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Translations;

/// <summary>The side-by-side translation editor and the edition read in English.</summary>
public sealed class TranslationComponentTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private async Task<(string Member, int ItemId)> ItemAsync(string body = "Рівень безробіття зростає.\nЛюди виїжджають.")
    {
        var member = await App.UserIdAsync(Demo.Economy);
        var id = await App.Scoped<DraftingService>().CreateItemAsync(member, await App.GroupIdAsync(), ItemKind.Problem,
            new DraftInput { Title = Demo.Unique("Безробіття"), Body = body }, []);
        return (member, id);
    }

    private IRenderedComponent<TranslationEditorPage> Editor(int itemId, string language = "en")
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<TranslationEditorPage>(p => p.Add(x => x.ItemId, itemId).Add(x => x.Language, language));
        page.WaitForAssertion(() => page.Find("h1"));
        return page;
    }

    [Fact]
    public async Task A_member_translates_beside_the_source_and_the_translation_is_saved()
    {
        var (member, id) = await ItemAsync();
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);

        var page = Editor(id);

        var source = page.Find("[role=region].translation-source");
        Assert.Equal("Оригінал (Українська), версія 1", source.GetAttribute("aria-label"));
        Assert.Equal("uk", source.GetAttribute("lang"));
        Assert.Contains("Люди виїжджають.", source.TextContent);
        Assert.Contains("Цей пункт ще не перекладено", page.Markup);
        Assert.Equal("en", page.Find("#translation-body").GetAttribute("lang"));

        page.Find("#translation-title").Input("Unemployment");
        page.Find("#translation-body").Input("Unemployment **grows**.\nPeople leave.");
        Assert.Equal("grows", page.Find("section[aria-labelledby=translation-preview-heading] strong").TextContent);
        page.Find("#translation-body").Input("Unemployment grows.\nPeople leave.");
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Зберегти переклад").ClickAsync(new()));

        page.WaitForAssertion(() => Assert.EndsWith($"/items/{id}", Services.GetRequiredService<NavigationManager>().Uri));
        var saved = await App.Scoped<TranslationService>().ForVersionAsync(member, id, 1, "en");
        Assert.Equal(("Unemployment", "Unemployment grows.\nPeople leave.", TranslationStanding.Current), (saved!.Title, saved.Body, saved.Standing));
    }

    [Fact]
    public async Task An_outdated_translation_opens_on_the_sources_diff_since_the_version_it_translates()
    {
        var (member, id) = await ItemAsync();
        await App.Scoped<TranslationService>().SaveAsync(member, id, "en", 0, "Unemployment", "Unemployment grows.\nPeople leave.", null);
        var title = (await App.Scoped<ItemReader>().GetItemAsync(member, id)).Latest.Title;
        await App.Scoped<DraftingService>().SaveVersionAsync(member, id, 1, new DraftInput { Title = title, Body = "Рівень безробіття зростає.\nМолодь виїжджає." });
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);

        var page = Editor(id);

        Assert.Contains("Переклад застарів: перекладено версію 1", page.Markup);
        var changes = page.Find("section[aria-labelledby=source-changes-heading]");
        Assert.Contains("Оригінал змінився після версії 1", changes.TextContent);
        Assert.Contains("Молодь", changes.QuerySelector("ins")!.TextContent);
        Assert.Contains("Люди", changes.QuerySelector("del")!.TextContent);
        // The previous translation is the starting point: only the changed sentence is translated again.
        Assert.Equal("Unemployment grows.\nPeople leave.", page.Find("#translation-body").GetAttribute("value") ?? page.Find("#translation-body").TextContent);
    }

    [Fact]
    public async Task An_expert_reads_the_translation_beside_the_source_but_has_nothing_to_type_in()
    {
        var (member, id) = await ItemAsync();
        await App.Scoped<TranslationService>().SaveAsync(member, id, "en", 0, "Unemployment", "Unemployment grows.", null);
        SignIn(await App.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);

        var page = Editor(id);

        Assert.Empty(page.FindAll("textarea, input"));
        Assert.Contains("Перекладати цей пункт можуть члени його групи та перекладачі", page.Markup);
        Assert.Contains("Unemployment grows.", page.FindAll("div.translation-source[lang=en]").Single().TextContent);
    }

    [Fact]
    public async Task An_empty_title_is_refused_on_its_field_and_the_text_typed_stays()
    {
        var (member, id) = await ItemAsync();
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);
        var page = Editor(id);

        page.Find("#translation-body").Input("Unemployment grows.");
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Зберегти переклад").ClickAsync(new()));

        page.WaitForAssertion(() => Assert.Contains("Введіть назву перекладом.", page.Markup));
        Assert.Contains("Unemployment grows.", page.Find("#translation-body").GetAttribute("value") ?? page.Find("#translation-body").TextContent);
        Assert.Null(await App.Scoped<TranslationService>().ForVersionAsync(member, id, 1, "en"));
    }

    [Fact]
    public async Task In_english_the_editor_names_both_languages()
    {
        UseCulture("en");
        var (_, id) = await ItemAsync();
        SignIn(await App.UserIdAsync(Demo.Translator), Demo.Translator, WorkspaceRoles.Translator);

        var page = Editor(id);

        Assert.StartsWith("Translation into English", page.Find("h1").TextContent.Trim());
        Assert.Equal("Source (Ukrainian), version 1", page.Find("[role=region].translation-source").GetAttribute("aria-label"));
        Assert.Contains("Title (English)", page.Markup);
        Assert.Contains("Save the translation", page.Markup);
    }

    [Fact]
    public async Task An_edition_read_in_english_says_which_items_are_not_translated_and_its_downloads_are_english()
    {
        UseCulture("en");
        var (member, id) = await ItemAsync();
        await App.Scoped<TranslationService>().SaveAsync(member, id, "en", 0, "Unemployment", "Unemployment grows.", null);
        await App.Scoped<ReviewService>().SubmitAsync(member, id, 1, null);
        var chair = await App.UserIdAsync(Demo.Chair);
        await App.Scoped<ReviewService>().ApproveAsync(chair, id, 1, null);
        var plan = await App.Scoped<ConsolidationService>().GetMergePlanAsync(chair);
        var edition = await App.Scoped<ConsolidationService>().MergeAsync(chair, plan.CurrentEdition, plan.Choose([id]), null);
        SignIn(await App.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);
        Render<MudPopoverProvider>();

        var page = Render<EditionPage>(p => p.Add(x => x.Number, edition));

        page.WaitForAssertion(() => Assert.Contains("Unemployment grows.", page.Find($"#item-{id}").TextContent));
        Assert.Equal("en", page.Find($"#item-{id} h4").GetAttribute("lang"));
        var untranslated = page.FindAll(".edition-item").First(i => i.Id != $"item-{id}");
        Assert.Equal("Not yet translated into English; the Ukrainian text follows.", untranslated.QuerySelector("[role=note]")!.TextContent.Trim());
        Assert.Equal("uk", untranslated.QuerySelector("h4")!.GetAttribute("lang"));
        Assert.Matches(@"Translated: 1 of \d+; outdated: \d+; not translated: \d+\.", page.Find("[role=status]").TextContent);
        Assert.EndsWith("/export/docx?language=en", page.FindAll("[role=toolbar] a").First(a => a.TextContent.Contains("DOCX")).GetAttribute("href"));
    }

    [Fact]
    public async Task The_worklist_shows_what_waits_with_a_way_to_translate_it_and_everything_on_request()
    {
        var (member, id) = await ItemAsync();
        var (_, done) = await ItemAsync("Дороги зношені.");
        await App.Scoped<TranslationService>().SaveAsync(member, done, "en", 0, "Roads", "Roads are worn.", null);
        SignIn(await App.UserIdAsync(Demo.Translator), Demo.Translator, WorkspaceRoles.Translator);
        Render<MudPopoverProvider>();

        var page = Render<TranslationWorklistPage>();

        page.WaitForAssertion(() => page.Find("table"));
        Assert.Equal(["Пункт", "Група", "Англійська"], page.FindAll("th").Select(th => th.TextContent.Trim()));
        var row = page.FindAll("tbody tr").Single(r => r.QuerySelector($"a[href='/items/{id}']") is not null);
        Assert.Equal($"/items/{id}/translate/en", row.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Перекласти англійською").GetAttribute("href"));
        Assert.DoesNotContain(page.FindAll("tbody tr"), r => r.QuerySelector($"a[href='/items/{done}']") is not null);
        Assert.Matches(@"Чекають на переклад: \d+ з \d+\.", page.Find("[role=status]").TextContent);

        page.Find("input[type=checkbox]").Change(false);

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("tbody tr"), r => r.QuerySelector($"a[href='/items/{done}']") is not null));
    }

    [Fact]
    public async Task On_the_worklist_an_expert_sees_the_standings_but_no_way_to_translate()
    {
        await ItemAsync();
        SignIn(await App.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);
        Render<MudPopoverProvider>();

        var page = Render<TranslationWorklistPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tbody tr")));
        Assert.DoesNotContain(page.FindAll("tbody a"), a => a.GetAttribute("href")!.Contains("/translate/"));
        Assert.Contains("Англійська: Ще не перекладено", page.Find("tbody").TextContent);
    }
}
