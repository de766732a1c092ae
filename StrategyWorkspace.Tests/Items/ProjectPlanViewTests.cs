using Bunit;
using MudBlazor;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Features.Export;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Items;

/// <summary>A project's plan on its pages, its fields in the editor, and the edition's plan table, in both languages.</summary>
public sealed class ProjectPlanViewTests : WorkspaceComponentTest
{
    private static readonly ProjectPlan Park = new("Нові робочі місця", "Департамент економіки", "м. Сєвєродонецьк", new PlanPeriod(2017, 3), new PlanPeriod(2019),
    [
        new FundingLine(FundingSource.RegionalBudget, 2018, 1500m), new FundingLine(FundingSource.RegionalBudget, 2019, 2500.5m),
        new FundingLine(FundingSource.InternationalAssistance, 2018, 3000m),
    ]);

    private static string Plain(string text) => text.Replace('\u00a0', ' ').Trim();

    [Fact]
    public void A_project_shows_its_executors_period_and_funding_by_source_and_year_with_totals()
    {
        var view = Render<ProjectPlanView>(p => p.Add(x => x.Project, Park));

        Assert.Equal(["Відповідальні виконавці", "Строк виконання", "Територія", "Очікувані результати"], view.FindAll("dt").Select(dt => dt.TextContent.Trim()));
        Assert.Equal("3 кв. 2017 – 2019", view.FindAll("dd")[1].TextContent.Trim());
        Assert.Equal("Фінансування, тис. грн", view.Find("caption").TextContent.Trim());
        Assert.Equal(["Джерело фінансування", "2018", "2019", "Усього"], view.FindAll("thead th").Select(th => th.TextContent.Trim()));
        var rows = view.FindAll("tbody tr").Select(r => r.Children.Select(c => Plain(c.TextContent)).ToArray()).ToList();
        Assert.Equal(["Обласний бюджет", "1 500", "2 500,5", "4 000,5"], rows[0]);
        Assert.Equal(["Усього", "4 500", "2 500,5", "7 000,5"], rows[^1]);
    }

    [Fact]
    public void In_english_the_words_and_numbers_are_the_readers()
    {
        UseCulture("en");

        var view = Render<ProjectPlanView>(p => p.Add(x => x.Project, Park));

        Assert.Equal("Q3 2017 – 2019", view.FindAll("dd")[1].TextContent.Trim());
        Assert.Equal(["Regional budget", "1,500", "2,500.5", "4,000.5"], view.FindAll("tbody tr")[0].Children.Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void A_project_not_yet_filled_in_says_so_and_another_kind_shows_nothing()
    {
        Assert.Contains("Дані для плану ще не заповнено", Render<ProjectPlanView>(p => p.Add(x => x.Project, ProjectPlan.Empty)).Markup);
        Assert.Empty(Render<ProjectPlanView>(p => p.Add(x => x.Project, null)).Markup.Trim());
    }

    [Fact]
    public void In_the_editor_a_funding_line_comes_from_its_button_a_removed_line_goes_and_a_refusal_shows_on_its_field()
    {
        ProjectPlan? changed = null;
        Render<MudPopoverProvider>();
        var fields = Render<ProjectFields>(p => p
            .Add(x => x.Value, Park)
            .Add(x => x.ValueChanged, plan => changed = plan)
            .Add(x => x.ErrorFor, field => field == "Project.Funding[1].Amount" ? "Сума не може бути від'ємною." : null));

        Assert.Contains("Сума не може бути від'ємною.", fields.Markup);
        Assert.Equal(["Рядок фінансування 1", "Рядок фінансування 2", "Рядок фінансування 3"],
            fields.FindAll("[role=group].funding-line").Select(g => g.GetAttribute("aria-label")));
        Assert.Contains("Усього, тис. грн: 7 000,5", Plain(fields.Find("[role=status]").TextContent));

        fields.FindAll("button").Single(b => b.TextContent.Trim() == "Додати рядок фінансування").Click();
        // The new line takes the last line's source and the next year, within the period.
        Assert.Equal(new FundingLine(FundingSource.InternationalAssistance, 2019, null), changed!.Funding[^1]);

        fields.Find("button[aria-label='Вилучити рядок фінансування 1']").Click();
        Assert.Equal(2, changed.Funding.Count);
        Assert.Equal(2019, changed.Funding[0].Year);

        fields.Find("#project-executors").Input("Міські ради");
        Assert.Equal("Міські ради", changed.Executors);
    }

    [Fact]
    public void The_editions_plan_is_a_table_with_its_totals_as_row_headings()
    {
        var table = Render<EditionPlanTable>(p => p.Add(x => x.Document, ExportSamples.WithPlan()));

        Assert.Equal("План реалізації проєктів і завдань", table.Find("h2").TextContent.Trim());
        Assert.Equal("План реалізації проєктів і завдань (тис. грн)", table.Find("caption").TextContent.Trim());
        var grand = table.FindAll("tr.total").Single(r => r.TextContent.Contains("Усього за планом"));
        Assert.Equal("Усього за планом", grand.QuerySelector("th[scope=row]")!.TextContent.Trim());
        Assert.Equal("7 161,75", Plain(grand.QuerySelectorAll("td.number")[^1].TextContent));
        Assert.Contains(table.FindAll("td"), td => td.TextContent.Trim() == "1.5.1. Індустріальний парк");
    }

    [Fact]
    public void An_edition_without_projects_says_its_plan_is_empty()
    {
        UseCulture("en");

        var table = Render<EditionPlanTable>(p => p.Add(x => x.Document, ExportSamples.Document()));

        Assert.Equal("No project or measure is in this edition yet.", table.Find("p").TextContent.Trim());
    }
}
