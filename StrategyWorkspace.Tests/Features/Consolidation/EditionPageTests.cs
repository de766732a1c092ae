using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consolidation;

public sealed class EditionPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    [Fact]
    public async Task The_current_edition_reads_with_its_vision_contents_and_numbered_items()
    {
        SignIn(await App.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);

        var page = Render<EditionPage>();

        page.WaitForAssertion(() => Assert.Contains("Стратегія розвитку Луганської області до 2020 року", page.Find("h1").TextContent));
        Assert.Contains("Редакція 1", page.Markup);
        var contents = page.Find("nav.edition-toc");
        Assert.Equal("Зміст", contents.QuerySelector("h2")!.TextContent);
        var link = contents.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Економіка і екологія"));
        Assert.Equal("/document#group-1", link.GetAttribute("href"));
        Assert.NotNull(page.Find("#group-1"));
        Assert.Equal("1.1.1. Економіка області потребує відновлення", page.Find("#item-" + await DemoProblemIdAsync() + " h4").FirstChild!.TextContent.Trim());
        var vision = page.FindAll("section.edition-committee-section").Single(s => s.QuerySelector("h2")?.TextContent.Trim().StartsWith("Стратегічне бачення") == true);
        Assert.Contains("Луганська область – це неподільна", vision.TextContent);
    }

    [Fact]
    public async Task The_committees_sections_frame_the_groups_items_with_the_analysis_table_and_the_swots_four_lists()
    {
        SignIn(await App.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);

        var page = Render<EditionPage>(p => p.Add(x => x.Number, 1));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("section.edition-committee-section")));
        var headings = page.FindAll("article.edition-text h2").Select(h => h.FirstChild!.TextContent.Trim()).ToList();
        Assert.Equal(["Соціально-економічний аналіз", "SWOT-аналіз", "Стратегічне бачення"], headings.Take(3));
        Assert.StartsWith("1. Економіка і екологія", headings[3]);
        Assert.Equal(["Впровадження та моніторинг", "План реалізації проєктів і завдань"], headings[^2..]);
        var analysis = page.FindAll("section.edition-committee-section")[0];
        Assert.Equal(["Показник", "2013", "2015"], analysis.QuerySelectorAll("table th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["Сильні сторони", "Слабкі сторони", "Можливості", "Загрози"],
            page.Find("section[aria-labelledby=edition-swot]").QuerySelectorAll("h3").Select(h => h.FirstChild!.TextContent.Trim()));
        Assert.Equal(["Соціально-економічний аналіз", "SWOT-аналіз", "Стратегічне бачення"],
            page.Find("nav.edition-toc").QuerySelectorAll("ol > li > a").Select(a => a.TextContent.Trim()).Take(3));
    }

    [Fact]
    public async Task The_exports_are_download_links_and_the_print_page_opens_apart()
    {
        SignIn(await App.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);

        var page = Render<EditionPage>(p => p.Add(x => x.Number, 1));

        page.WaitForAssertion(() => page.Find("[role=toolbar]"));
        var links = page.Find("[role=toolbar]").QuerySelectorAll("a");
        Assert.Contains(links, a => a.GetAttribute("href") == "/editions/1/export/docx" && a.HasAttribute("download") && a.TextContent.Contains("Завантажити DOCX"));
        Assert.Contains(links, a => a.GetAttribute("href") == "/editions/1/export/markdown" && a.HasAttribute("download"));
        Assert.Contains(links, a => a.GetAttribute("href") == "/editions/1/print" && a.GetAttribute("target") == "_blank");
        Assert.DoesNotContain(links, a => a.TextContent.Contains("Об’єднати схвалені версії"));
    }

    [Fact]
    public async Task An_edition_that_does_not_exist_says_so()
    {
        SignIn(await App.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);

        var page = Render<EditionPage>(p => p.Add(x => x.Number, 999));

        page.WaitForAssertion(() => Assert.Contains("Такої редакції немає.", page.Markup));
    }

    [Fact]
    public async Task In_english_the_document_frame_is_english()
    {
        UseCulture("en");
        SignIn(await App.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);

        var page = Render<EditionPage>(p => p.Add(x => x.Number, 1));

        page.WaitForAssertion(() => Assert.Contains("SWOT analysis", page.Markup));
        Assert.Contains("Contents", page.Find("nav.edition-toc").TextContent);
        Assert.Contains("1.1. Problems", page.Markup);
    }

    private async Task<int> DemoProblemIdAsync()
    {
        var document = await App.Scoped<EditionReader>().GetDocumentAsync(await App.UserIdAsync(Demo.Expert), 1);
        return document!.Groups[0].Sections[0].Items[0].ItemId;
    }
}
