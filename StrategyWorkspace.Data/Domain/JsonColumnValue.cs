using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace StrategyWorkspace.Domain;

/// <summary>
/// A value a version keeps in one text column as JSON (a goal's or task's indicators, a project's place in the plan): read and written
/// with its version, never apart, so it needs no table of its own. Two values saying the same are equal, which is how a save that changes
/// nothing is told from one that changes a target or an amount; nothing at all is stored as the empty text.
/// </summary>
public abstract class JsonColumnValue<TSelf> : IEquatable<TSelf>
    where TSelf : JsonColumnValue<TSelf>
{
    /// <summary>
    /// How every such value is written: enums by name, nothing left out, so equal values write equal texts; Cyrillic as itself, not
    /// as \u escapes, which made a project's JSON twice as long and slower to read (docs/benchmarks.md); what HTML needs escaped
    /// (&lt;, &gt;, &amp;, quotes) still is.
    /// </summary>
    protected static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private string? asJson;

    /// <summary>
    /// What the column holds; the empty text for an empty value. Written when first asked: an edition's plan reads thousands of
    /// values at once, and only a save or a comparison needs their text (docs/benchmarks.md).
    /// </summary>
    public string AsJson => asJson ??= IsEmpty ? "" : Written();

    public abstract bool IsEmpty { get; }

    /// <summary>The value as JSON, with <see cref="Json"/>; asked only of a value that is not empty.</summary>
    protected abstract string Written();

    /// <summary>12.50 and 12.5 are one amount: without the trailing zeros, two values saying the same write the same JSON.</summary>
    protected static decimal Normalized(decimal value) => value / 1.000000000000000000000000000000000m;

    public bool Equals(TSelf? other) => other is not null && AsJson == other.AsJson;

    public override bool Equals(object? obj) => Equals(obj as TSelf);

    public override int GetHashCode() => AsJson.GetHashCode(StringComparison.Ordinal);

    public static bool operator ==(JsonColumnValue<TSelf>? left, JsonColumnValue<TSelf>? right) => left?.Equals(right as TSelf) ?? right is null;

    public static bool operator !=(JsonColumnValue<TSelf>? left, JsonColumnValue<TSelf>? right) => !(left == right);
}
