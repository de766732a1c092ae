using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using StrategyWorkspace.Resources;

namespace StrategyWorkspace.Components.Shared;

/// <summary>
/// Around every interactive page: a right that was withdrawn while the page was open shows the
/// "not allowed" page; an address naming something that is not there (a stale link), what is
/// missing; a database server that does not answer, a notice with a way to try again; anything
/// else a short notice, never a dead circuit.
/// </summary>
public sealed class WorkspaceErrorBoundary : ErrorBoundaryBase
{
    [Inject]
    private ILogger<WorkspaceErrorBoundary> Logger { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> L { get; set; } = default!;

    /// <summary>Present while the page is rendered for a request (prerendering), not in a circuit.</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    protected override Task OnErrorAsync(Exception exception)
    {
        if (DatabaseAvailability.IsUnavailable(exception))
        {
            Logger.LogWarning(exception, "A page could not be read: the database does not answer.");
            DatabaseUnavailable.AnswerUnavailable(HttpContext);
        }
        else if (exception is NotFoundException)
        {
            // No 404 during prerendering: .NET 10 sends a component's 404 without its body (it expects
            // the router's generic not-found page), and the person should read what is missing, in the layout.
            Logger.LogInformation("A page named something that is not there: {Missing}.", exception.Message);
        }
        else if (exception is not ActionRefusedException)
        {
            Logger.LogError(exception, "A page failed.");
        }
        return Task.CompletedTask;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (CurrentException is null)
        {
            builder.AddContent(0, ChildContent);
        }
        else if (CurrentException is ActionRefusedException)
        {
            builder.OpenComponent<NotAllowed>(1);
            builder.CloseComponent();
        }
        else if (CurrentException is NotFoundException missing)
        {
            builder.OpenComponent<NothingHere>(4);
            builder.AddComponentParameter(5, nameof(NothingHere.Message), Feedback.Describe(L, missing));
            builder.CloseComponent();
        }
        else if (DatabaseAvailability.IsUnavailable(CurrentException))
        {
            builder.OpenComponent<DatabaseUnavailable>(2);
            builder.CloseComponent();
        }
        else
        {
            builder.OpenComponent<PageFailed>(3);
            builder.CloseComponent();
        }
    }
}
