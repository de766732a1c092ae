using Bunit;
using Microsoft.Extensions.DependencyInjection;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

public sealed class PresenceBarTests : WorkspaceComponentTest
{
    private const int ItemId = 7;
    private readonly ItemLiveNotifier notifier = new();

    public PresenceBarTests() => Services.AddSingleton(notifier);

    private IDisposable Join(string userId, string name, bool editing) =>
        notifier.Join(ItemId, new ItemPresence(Guid.NewGuid(), userId, name, editing), _ => Task.CompletedTask);

    [Fact]
    public void A_person_shows_once_editing_if_any_of_their_tabs_edits_and_a_crowd_is_counted_not_listed()
    {
        SignIn("me", "Я", WorkspaceRoles.Member);
        using var viewing = Join("oksana", "Оксана", editing: false);
        using var editing = Join("oksana", "Оксана", editing: true);
        var crowd = Enumerable.Range(1, 9).Select(i => Join($"u{i}", $"Учасник {i}", editing: false)).ToList();

        var bar = Render<PresenceBar>(p => p.Add(c => c.ItemId, ItemId).Add(c => c.IsEditing, true));

        bar.WaitForAssertion(() => Assert.Equal(8, bar.FindAll(".mud-chip").Count));
        Assert.Equal("Оксана — редагує", Assert.Single(bar.FindAll(".mud-chip"), c => c.TextContent.Contains("Оксана")).TextContent.Trim());
        Assert.Contains("і ще 2", bar.Markup);

        // People leaving are taken off at once.
        crowd.ForEach(c => c.Dispose());
        bar.WaitForAssertion(() => Assert.Single(bar.FindAll(".mud-chip")));
        Assert.DoesNotContain("і ще", bar.Markup);
    }
}
