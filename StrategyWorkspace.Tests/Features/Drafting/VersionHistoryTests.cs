using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

public sealed class VersionHistoryTests : WorkspaceComponentTest
{
    private static readonly DateTimeOffset Time = new(2016, 9, 1, 7, 30, 0, TimeSpan.Zero);

    private static readonly VersionRow[] Versions =
    [
        new(3, "Безробіття молоді", "Олена Коваленко", Time.AddHours(2), "нові цифри", RevisionState.Draft, 2),
        new(2, "Безробіття молоді", "Андрій Шевчук", Time.AddHours(1), "уточнено", RevisionState.Draft, 1),
        new(1, "Безробіття", "Олена Коваленко", Time, "", RevisionState.Draft, null),
    ];

    public VersionHistoryTests() => Services.AddSingleton(Options.Create(new WorkspaceOptions()));

    [Fact]
    public void Lists_every_version_with_number_author_time_note_and_state()
    {
        var table = Render<VersionHistory>(p => p.Add(c => c.ItemId, 7).Add(c => c.Versions, Versions));

        var rows = table.FindAll("tbody tr");
        Assert.Equal(3, rows.Count);
        var cells = rows[1].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal(["2", "Безробіття молоді", "Андрій Шевчук"], cells[..3]);
        Assert.Contains("11:30", cells[3]); // 08:30 UTC+3 in Kyiv in September
        Assert.Equal("уточнено", cells[4]);
        Assert.Equal("Чернетка", cells[5]);
        Assert.Equal("Історія версій", table.Find("caption").TextContent);
        Assert.Equal("/items/7/versions/2", rows[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Offers_restore_on_older_versions_only_to_those_who_may_edit()
    {
        var restored = new List<int>();
        var editable = Render<VersionHistory>(p => p.Add(c => c.ItemId, 7).Add(c => c.Versions, Versions)
            .Add(c => c.CanRestore, true).Add(c => c.OnRestore, n => restored.Add(n)));
        var readOnly = Render<VersionHistory>(p => p.Add(c => c.ItemId, 7).Add(c => c.Versions, Versions));

        var buttons = editable.FindAll("button").Where(b => b.GetAttribute("aria-label")?.StartsWith("Відновити як нову версію: ") == true).ToList();
        Assert.Equal(["Відновити як нову версію: версію 2", "Відновити як нову версію: версію 1"], buttons.Select(b => b.GetAttribute("aria-label")));
        buttons[1].Click();
        Assert.Equal([1], restored);
        Assert.DoesNotContain(readOnly.FindAll("button"), b => b.GetAttribute("aria-label")?.StartsWith("Відновити") == true);
    }
}
