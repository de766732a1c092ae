using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace StrategyWorkspace.Tests.Infrastructure;

/// <summary>
/// Finds an element and triggers it in one renderer turn. Components that read a real database
/// re-render when the read returns; on PostgreSQL that can land between finding a button and
/// clicking it, and the button's old event handler is gone by then.
/// </summary>
public static class InOneTurn
{
    public static void Click<TComponent>(this IRenderedComponent<TComponent> rendered, Func<IElement> find)
        where TComponent : IComponent =>
        rendered.InvokeAsync(() => find().Click()).GetAwaiter().GetResult();

    public static void Change<TComponent>(this IRenderedComponent<TComponent> rendered, Func<IElement> find, object value)
        where TComponent : IComponent =>
        rendered.InvokeAsync(() => find().Change(value)).GetAwaiter().GetResult();
}
