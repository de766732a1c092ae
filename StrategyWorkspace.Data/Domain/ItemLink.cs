namespace StrategyWorkspace.Domain;

/// <summary>A solution → problem, goal → problem or task → goal link, shown both ways.</summary>
public class ItemLink
{
    public int FromItemId { get; set; }
    public Item? From { get; set; }
    public int ToItemId { get; set; }
    public Item? To { get; set; }
}
