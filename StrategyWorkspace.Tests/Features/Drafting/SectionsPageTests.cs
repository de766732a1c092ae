using Bunit;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

public sealed class SectionsPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    private async Task<IRenderedComponent<SectionsPage>> OpensAsync(string email, string role)
    {
        SignIn(await App.UserIdAsync(email), email, role);
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        var page = Render<SectionsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tbody tr")));
        return page;
    }

    [Fact]
    public async Task The_administrator_sees_every_section_in_the_documents_order_and_writes_the_one_not_yet_written()
    {
        var page = await OpensAsync(Demo.Admin, WorkspaceRoles.Administrator);

        Assert.Equal("Розділи комітету", page.Find("h1").TextContent.Trim());
        Assert.Equal(["Вступ", "Соціально-економічний аналіз", "Сильні сторони", "Слабкі сторони", "Можливості", "Загрози", "Стратегічне бачення", "Впровадження та моніторинг"],
            page.FindAll("tbody th").Select(th => th.TextContent.Trim()));
        var analysis = page.FindAll("tbody tr")[1];
        Assert.Equal("Соціально-економічний аналіз", analysis.QuerySelector("a")!.TextContent.Trim());
        Assert.Contains("Схвалено", analysis.TextContent);
        Assert.NotNull(page.Find("a[href='/admin/groups#section-drafters']"));

        page.Click(() => page.Find("button[aria-label='Написати: Вступ']"));

        // The title starts as the document names the section, in the strategy's language.
        dialogs.WaitForAssertion(() => Assert.Equal("Вступ", dialogs.Find("#new-item-title").GetAttribute("value")));
    }

    [Fact]
    public async Task An_expert_reads_the_sections_but_writes_none()
    {
        var page = await OpensAsync(Demo.Expert, WorkspaceRoles.Expert);

        Assert.Empty(page.FindAll("button[aria-label^='Написати']"));
        Assert.Contains("Ще не написано.", page.Find("tbody tr").TextContent);
        Assert.Empty(page.FindAll("a[href='/admin/groups#section-drafters']"));
    }

    [Fact]
    public async Task In_english_the_page_and_the_section_names_are_english()
    {
        UseCulture("en");
        var page = await OpensAsync(Demo.Expert, WorkspaceRoles.Expert);

        Assert.Equal("Committee sections", page.Find("h1").TextContent.Trim());
        Assert.Equal("Socio-economic analysis", page.FindAll("tbody th")[1].TextContent.Trim());
        Assert.Contains("Not written yet.", page.Markup);
    }
}
