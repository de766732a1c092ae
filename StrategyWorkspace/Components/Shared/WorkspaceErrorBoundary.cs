using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using StrategyWorkspace.Features.Shared;

namespace StrategyWorkspace.Components.Shared;

/// <summary>
/// Around every interactive page: a right that was withdrawn while the page was open (or a
/// stale link) shows the "not allowed" page; anything else a short notice, never a dead circuit.
/// </summary>
public sealed class WorkspaceErrorBoundary : ErrorBoundaryBase
{
    [Inject]
    private ILogger<WorkspaceErrorBoundary> Logger { get; set; } = default!;

    protected override Task OnErrorAsync(Exception exception)
    {
        if (exception is not ActionRefusedException)
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
        else
        {
            builder.OpenComponent<PageFailed>(2);
            builder.CloseComponent();
        }
    }
}
