using Bunit;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Items;

public sealed class GoalTraitsViewTests : WorkspaceComponentTest
{
    [Fact]
    public void A_goal_shows_its_level_priority_and_condition_in_words()
    {
        var view = Render<GoalTraitsView>(p => p.Add(c => c.Goal,
            new GoalTraits(GoalLevel.Operational, 2, "Після ухвалення закону про децентралізацію", new DateOnly(2017, 12, 31))));

        Assert.Equal("Рівень, пріоритет і умова", view.Find("p.goal-traits").GetAttribute("aria-label"));
        Assert.Contains("Операційна ціль", view.Markup);
        Assert.Contains("Пріоритет 2", view.Markup);
        Assert.Contains("Умова: Після ухвалення закону про децентралізацію (очікується до 31.12.2017)", view.Find(".goal-condition").TextContent);
    }

    [Fact]
    public void In_english_too_and_nothing_for_an_item_that_is_not_a_goal()
    {
        UseCulture("en");
        var view = Render<GoalTraitsView>(p => p.Add(c => c.Goal, GoalTraits.Default with { Priority = 1 }));
        Assert.Equal("Strategic goal · Priority 1", view.Find("p.goal-traits").TextContent.Trim().ReplaceLineEndings(" ").Replace("  ", " "));

        Assert.Empty(Render<GoalTraitsView>(p => p.Add(c => c.Goal, null)).Markup.Trim());
    }

    [Fact]
    public void A_hostile_condition_is_shown_as_text()
    {
        var view = Render<GoalTraitsView>(p => p.Add(c => c.Goal, GoalTraits.Default with { Condition = "<script>alert(1)</script>" }));

        Assert.Empty(view.FindAll("script"));
        Assert.Contains("<script>alert(1)</script>", view.Find(".goal-condition").TextContent);
    }

    [Fact]
    public void An_operational_goal_names_the_strategic_goal_it_serves_with_a_link()
    {
        var view = Render<GoalTraitsView>(p => p.Add(c => c.Goal, new GoalTraits(GoalLevel.Operational, ServesGoalId: 7))
            .Add(c => c.Serves, "1.3.1. Високотехнологічні виробництва").Add(c => c.ServesHref, "/items/7"));

        Assert.Equal("Служить стратегічній цілі 1.3.1. Високотехнологічні виробництва", System.Text.RegularExpressions.Regex.Replace(view.Find(".goal-serves").TextContent, @"\s+", " ").Trim());
        Assert.Equal("/items/7", view.Find(".goal-serves a").GetAttribute("href"));
    }
}
