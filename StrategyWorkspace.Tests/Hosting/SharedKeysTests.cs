using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Hosting;

/// <summary>Two app instances on one database, as behind a load balancer: one key ring, so one sign-in.</summary>
public sealed class SharedKeysTests
{
    private static HttpClient Browser(WorkspaceFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public async Task A_sign_in_cookie_issued_by_one_instance_is_accepted_by_another_on_the_same_database()
    {
        await using var first = new WorkspaceFactory();
        using var atFirst = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await StaticForms.SignInAsync(atFirst, Demo.Chair, Demo.Password);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        await using var second = new WorkspaceFactory(folder: first.Folder);
        using var atSecond = Browser(second);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/editions/1/export/markdown");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var response = await atSecond.SendAsync(request);
        using var anonymous = await atSecond.GetAsync("/editions/1/export/markdown");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        // The key ring is in the database, not in a folder of one machine.
        await using var db = await second.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Two_instances_starting_together_on_a_new_database_prepare_it_once()
    {
        // The owner only holds the folder (and database) and removes them after the two instances.
        await using var owner = new WorkspaceFactory();
        await using var first = new WorkspaceFactory(folder: owner.Folder);
        await using var second = new WorkspaceFactory(folder: owner.Folder);

        // Both hosts start (migrations and demo data) at the same moment.
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        using var atFirst = first.CreateClient();
        using var atSecond = second.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await atFirst.GetAsync("/readyz", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await atSecond.GetAsync("/readyz", TestContext.Current.CancellationToken)).StatusCode);
        await using var db = await first.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, await db.Strategies.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(9, await db.Users.CountAsync(TestContext.Current.CancellationToken));
    }
}
