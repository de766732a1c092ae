namespace StrategyWorkspace.Tests.Domain;

public sealed class GoalTraitsTests
{
    private static readonly DateTimeOffset Now = new(2016, 10, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_goal_is_strategic_with_no_priority_unless_said_and_keeps_what_it_is_given()
    {
        var goal = new Item { Kind = ItemKind.Goal };

        Assert.Equal(GoalTraits.Default, goal.AddVersion("Ціль", "", null, "m", "", Now).Goal);
        var conditional = new GoalTraits(GoalLevel.Operational, 2, "  після ухвалення закону про децентралізацію  ", new DateOnly(2017, 12, 31));
        Assert.Equal(conditional with { Condition = "після ухвалення закону про децентралізацію" },
            goal.AddVersion("Ціль", "", 1, "m", "", Now, conditional).Goal);
    }

    [Fact]
    public void Only_a_goal_carries_traits()
    {
        var problem = new Item { Kind = ItemKind.Problem };

        Assert.Null(problem.AddVersion("Проблема", "", null, "m", "", Now).Goal);
        Assert.Equal("Goal_TraitsOnlyForGoals", Assert.Throws<WorkspaceRuleException>(() =>
            problem.AddVersion("Проблема", "", 1, "m", "", Now, GoalTraits.Default)).MessageKey);
    }

    [Theory]
    [InlineData(0, "Умова", false, "Priority")]
    [InlineData(4, "Умова", false, "Priority")]
    [InlineData(1, " ", true, "ConditionExpectedOn")]
    public void A_priority_out_of_range_or_a_date_without_its_condition_is_refused_on_its_field(int priority, string condition, bool dated, string field)
    {
        var traits = new GoalTraits(GoalLevel.Strategic, priority, condition, dated ? new DateOnly(2017, 1, 1) : null);

        Assert.Equal(field, Assert.Throws<InvalidInputException>(() => traits.Checked()).Field);
    }

    [Fact]
    public void A_condition_too_long_or_an_unknown_level_is_refused()
    {
        Assert.Equal("Condition", Assert.Throws<InvalidInputException>(() =>
            new GoalTraits(GoalLevel.Strategic, null, new string('у', GoalTraits.MaxConditionLength + 1)).Checked()).Field);
        Assert.Equal("Level", Assert.Throws<InvalidInputException>(() => new GoalTraits((GoalLevel)9).Checked()).Field);
    }

    [Fact]
    public void Only_an_operational_goal_serves_another()
    {
        Assert.Equal(5, new GoalTraits(GoalLevel.Operational, ServesGoalId: 5).Checked().ServesGoalId);
        Assert.Equal("Goal_OnlyOperationalServes", Assert.Throws<InvalidInputException>(() =>
            new GoalTraits(GoalLevel.Strategic, ServesGoalId: 5).Checked()).MessageKey);
    }
}
