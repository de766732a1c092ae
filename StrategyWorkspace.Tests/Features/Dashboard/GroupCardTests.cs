using Bunit;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Dashboard;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Dashboard;

public sealed class GroupCardTests : WorkspaceComponentTest
{
    private static DashboardGroup Group(bool mine, params string[] members) => new(
        7, 2, "Інфраструктура і система життєзабезпечення", "Дороги, вода, тепло", members,
        new Dictionary<RevisionState, int> { [RevisionState.Draft] = 3, [RevisionState.Approved] = 1 },
        mine);

    [Fact]
    public void Shows_the_numbered_name_as_a_labelled_region_with_members_and_counts_per_state()
    {
        var card = Render<GroupCard>(p => p.Add(c => c.Group, Group(false, "Андрій Шевчук", "Ірина Бондаренко")));

        var region = card.Find("[role=region]");
        var heading = card.Find($"#{region.GetAttribute("aria-labelledby")}");
        Assert.Equal("2. Інфраструктура і система життєзабезпечення", heading.TextContent.Trim());
        Assert.Equal(["Андрій Шевчук", "Ірина Бондаренко"], card.FindAll(".member-list li").Select(li => li.TextContent.Trim()));
        var counts = card.FindAll(".state-counts div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal(new Dictionary<string, string> { ["Чернетка"] = "3", ["Подано"] = "0", ["Схвалено"] = "1", ["Відхилено"] = "0" }, counts);
        Assert.DoesNotContain("Моя група", card.Markup);
    }

    [Fact]
    public void Marks_the_readers_own_group_and_says_when_it_has_no_members()
    {
        var card = Render<GroupCard>(p => p.Add(c => c.Group, Group(true)));

        Assert.Contains("Моя група", card.Markup);
        Assert.Contains("Учасників ще немає.", card.Markup);
    }

    [Fact]
    public void Speaks_English_when_English_is_chosen()
    {
        UseCulture("en");
        var card = Render<GroupCard>(p => p.Add(c => c.Group, Group(true)));

        Assert.Contains("My group", card.Markup);
        Assert.Contains("Draft", card.Markup);
    }

    [Fact]
    public void Shows_hostile_text_as_text()
    {
        var hostile = Group(false, "<script>alert(1)</script>") with { Name = "<img src=x onerror=alert(1)>" };
        var card = Render<GroupCard>(p => p.Add(c => c.Group, hostile));

        Assert.Empty(card.FindAll("script"));
        Assert.Empty(card.FindAll("img"));
        Assert.Contains("<script>alert(1)</script>", card.Find(".member-list li").TextContent);
    }
}
