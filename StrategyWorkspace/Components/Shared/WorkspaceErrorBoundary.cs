using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using StrategyWorkspace.Features.Shared;

namespace StrategyWorkspace.Components.Shared;

/// <summary>
/// Around every interactive page: a right that was withdrawn while the page was open (or a
/// stale link) shows the "not allowed" page; a database server that does not answer, a notice
/// with a way to try again; anything else a short notice, never a dead circuit.
/// </summary>
public sealed class WorkspaceErrorBoundary : ErrorBoundaryBase
{
    [Inject]
    private ILogger<WorkspaceErrorBoundary> Logger { get; set; } = default!;

    /// <summary>Present while the page is rendered for a request (prerendering), not in a circuit.</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    protected override Task OnErrorAsync(Exception exception)
    {
        if (Feedback.IsDatabaseUnavailable(exception))
        {
            Logger.LogWarning(exception, "A page could not be read: the database does not answer.");
            // A balancer or a crawler should not take the notice for the page.
            if (HttpContext is { Response.HasStarted: false } request)
            {
                request.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                request.Response.Headers.RetryAfter = "5";
            }
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
        else if (Feedback.IsDatabaseUnavailable(CurrentException))
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
