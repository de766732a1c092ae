using Microsoft.Extensions.DependencyInjection;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Components;

public sealed class CurrentUserTests : WorkspaceComponentTest
{
    [Fact]
    public async Task Is_the_signed_in_persons_account_id()
    {
        SignIn("account-42", "economy@demo.local", "Member");
        Assert.Equal("account-42", await Services.GetRequiredService<CurrentUser>().GetIdAsync());
    }

    [Fact]
    public async Task Is_nobody_when_signed_out()
    {
        AddAuthorization().SetNotAuthorized();
        Assert.Null(await Services.GetRequiredService<CurrentUser>().GetIdAsync());
    }
}
