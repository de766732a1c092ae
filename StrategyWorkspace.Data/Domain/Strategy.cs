namespace StrategyWorkspace.Domain;

/// <summary>The strategy the committee drafts: its title, horizon year and strategic vision.</summary>
public class Strategy
{
    public const int MaxTitleLength = 300;
    public const int MaxVisionLength = 20_000;
    public const int MinHorizon = 2000;
    public const int MaxHorizon = 2100;

    public int Id { get; set; }
    public string Title { get; set; } = "";
    public int Horizon { get; set; }
    public string Vision { get; set; } = "";

    /// <summary>New on every save, so two administrators editing at once cannot overwrite each other silently.</summary>
    public Guid ConcurrencyToken { get; set; } = Guid.NewGuid();

    public List<WorkingGroup> Groups { get; } = [];

    public void Update(string title, int horizon, string vision)
    {
        Title = title.Trim();
        Horizon = horizon;
        Vision = vision;
        ConcurrencyToken = Guid.NewGuid();
    }
}
