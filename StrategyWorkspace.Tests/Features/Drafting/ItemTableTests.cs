using Bunit;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

public sealed class ItemTableTests : WorkspaceComponentTest
{
    private static ItemRow Goal(int position, int? priority) =>
        new(position, ItemKind.Goal, position, new ItemNumber(1, ItemKind.Goal, position), $"Ціль {position}", 1, RevisionState.Draft, "Олена",
            DateTimeOffset.UtcNow, GoalTraits.Default with { Priority = priority });

    [Fact]
    public void Goals_show_their_priority_and_sort_by_it_highest_first_with_none_last()
    {
        var table = Render<ItemTable>(p => p.Add(c => c.Rows, [Goal(1, null), Goal(2, 3), Goal(3, 1)]).Add(c => c.CanEdit, true));
        string[] Titles() => table.FindAll("tbody tr td:nth-child(2) a").Select(a => a.TextContent).ToArray();

        Assert.Equal(["Ціль 1", "Ціль 2", "Ціль 3"], Titles());
        Assert.Equal(["—", "3", "1"], table.FindAll("tbody tr td:nth-child(3)").Select(td => td.TextContent.Trim()));

        table.Find("th[aria-sort] button").Click();

        Assert.Equal(["Ціль 3", "Ціль 2", "Ціль 1"], Titles());
        Assert.Equal("ascending", table.Find("th[aria-sort]").GetAttribute("aria-sort"));
        Assert.Empty(table.FindAll("button[aria-label^='Перемістити']"));
    }

    [Fact]
    public void Other_kinds_have_no_priority_column()
    {
        var problem = Goal(1, null) with { Kind = ItemKind.Problem, Goal = null };

        Assert.Empty(Render<ItemTable>(p => p.Add(c => c.Rows, [problem])).FindAll("th[aria-sort]"));
    }
}
