namespace StrategyWorkspace.Features.Shared;

/// <summary>
/// Calls a subscriber back in the execution context it subscribed from. A circuit's culture (the
/// person's language) flows with it: called from another person's circuit, or from the thread that
/// receives another instance's message, a page re-rendered in that thread's language instead.
/// </summary>
public static class SubscriberContext
{
    public static Task Run(ExecutionContext? context, Func<Task> callback)
    {
        if (context is null)
        {
            return callback();
        }
        Task? task = null;
        ExecutionContext.Run(context, _ => task = callback(), null);
        return task!;
    }
}
