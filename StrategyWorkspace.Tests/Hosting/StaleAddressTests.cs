using Microsoft.AspNetCore.Mvc.Testing;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Hosting;

/// <summary>
/// A link to something that is not there (a mistyped address, an old bookmark): the page says what
/// is missing, in the reader's language and inside the workspace's layout, rather than "something
/// went wrong". (Not with 404: .NET 10 sends a component's 404 without its body.)
/// </summary>
public sealed class StaleAddressTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    [Theory]
    [InlineData("/items/999999", "Такого пункту не існує.")]
    [InlineData("/items/999999/edit", "Такого пункту не існує.")]
    [InlineData("/items/999999/compare", "Такого пункту не існує.")]
    [InlineData("/groups/999999", "Цієї групи вже немає.")]
    public async Task A_page_naming_something_that_is_not_there_says_what_is_missing(string address, string message)
    {
        using var member = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await StaticForms.SignInAsync(member, Demo.Economy, Demo.Password);

        var response = await member.GetAsync(address);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Сторінку не знайдено", html);
        Assert.Contains(message, html);
        Assert.DoesNotContain("Щось пішло не так", html);
    }

    [Fact]
    public async Task A_version_that_does_not_exist_says_so_in_english_too()
    {
        using var member = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await StaticForms.SignInAsync(member, Demo.Economy, Demo.Password);
        var item = await app.Scoped<DraftingService>().CreateItemAsync(await app.UserIdAsync(Demo.Economy), await app.GroupIdAsync(),
            ItemKind.Problem, new DraftInput { Title = Demo.Unique("Одна версія") }, []);

        var response = await member.GetAsync($"/items/{item}/versions/99?culture=en");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html);
        Assert.Contains("That version does not exist.", html);
    }
}
