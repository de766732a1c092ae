namespace StrategyWorkspace.Infrastructure;

/// <summary>
/// Binds a subscriber's callback to the execution context it subscribed from. A circuit's culture
/// (the person's language) flows with it: called from another person's circuit, or from the thread
/// that receives another instance's message, a page re-rendered in that thread's language instead.
/// </summary>
internal static class SubscriberContext
{
    /// <summary>Call on subscribing, from the subscriber's circuit.</summary>
    public static Func<T, Task> Bind<T>(Func<T, Task> callback)
    {
        var context = ExecutionContext.Capture();
        if (context is null)
        {
            return callback;
        }
        return argument =>
        {
            Task? task = null;
            ExecutionContext.Run(context, _ => task = callback(argument), null);
            return task!;
        };
    }

    /// <inheritdoc cref="Bind{T}(Func{T, Task})"/>
    public static Func<Task> Bind(Func<Task> callback)
    {
        var bound = Bind<object?>(_ => callback());
        return () => bound(null);
    }
}
