using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using StrategyWorkspace.Features.Localization;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Tests.Infrastructure;

/// <summary>
/// The one bUnit setup: MudBlazor services with loose JS interop and no transitions, the
/// workspace's resources in the chosen UI culture, the committee's clock, and a signed-in person.
/// </summary>
public abstract class WorkspaceComponentTest : BunitContext
{
    protected WorkspaceComponentTest(string culture = "uk")
    {
        // Components read a real database; on PostgreSQL, with the whole suite running on two cores,
        // a read and its re-render can take longer than bUnit's default second.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        UseCulture(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        Services.AddTransient<MudLocalizer, WorkspaceMudLocalizer>();
        Services.AddLocalization();
        Services.AddScoped<CurrentUser>();
        Services.AddSingleton(TimeProvider.System);
        // The app's defaults for what many components show: times in the committee's zone.
        var options = new WorkspaceOptions();
        Services.AddSingleton(Options.Create(options));
        Services.AddSingleton(new CommitteeClock(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone)));
    }

    /// <summary>Renders in this language; xunit keeps the culture per test.</summary>
    protected static void UseCulture(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
    }

    /// <summary>Opens a dialog as the app does, inside a provider configured like the layout's.</summary>
    protected async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenDialogAsync<TDialog>(
        string title, DialogParameters? parameters = null) where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        var provider = Render<MudDialogProvider>(p => p.Add(d => d.CloseButton, true));
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () =>
            dialog = await Services.GetRequiredService<IDialogService>().ShowAsync<TDialog>(title, parameters ?? []));
        return (provider, dialog!);
    }

    /// <summary>Signs a person in for the component under test.</summary>
    protected void SignIn(string userId, string name, params string[] roles)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(name);
        auth.SetRoles(roles);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
    }
}
