namespace StrategyWorkspace.Domain;

/// <summary>The strategy the committee drafts: its title and horizon year.</summary>
public class Strategy
{
    public const int MaxTitleLength = 300;
    public const int MaxVisionLength = 20_000;
    public const int MinHorizon = 2000;
    public const int MaxHorizon = 2100;

    public int Id { get; set; }
    public string Title { get; set; } = "";
    public int Horizon { get; set; }
    /// <summary>
    /// The vision as the settings held it before it became a committee section: at start its text becomes the vision
    /// section's first version, and editions merged before then keep it. Nothing edits it any more.
    /// </summary>
    public string Vision { get; set; } = "";

    /// <summary>New on every save, so two administrators editing at once cannot overwrite each other silently.</summary>
    public Guid ConcurrencyToken { get; set; } = Guid.NewGuid();

    public List<WorkingGroup> Groups { get; } = [];

    public void Update(string title, int horizon)
    {
        Title = title.Trim();
        Horizon = horizon;
        ConcurrencyToken = Guid.NewGuid();
    }
}
