using System.Security.Cryptography;

namespace StrategyWorkspace.Infrastructure;

/// <summary>
/// The reference a visitor keeps to follow what they sent without an account (a consultation proposal, a project proposal): random
/// letters and digits no one guesses, read aloud or copied by hand without mistaking one for another.
/// </summary>
internal static class PublicReference
{
    // No I, O, 0 or 1: they are mistaken for one another.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A new reference; nine characters of 32 are about 3.5e13 possibilities.</summary>
    public static string New(int length)
    {
        Span<char> reference = stackalloc char[length];
        for (var i = 0; i < reference.Length; i++)
        {
            reference[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return new string(reference);
    }

    /// <summary>Accepts what people type: lower case, spaces, dashes. Null when it cannot be a reference.</summary>
    public static string? Normalize(string? reference, int length)
    {
        var cleaned = new string((reference ?? "").Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        return cleaned.Length == length ? cleaned : null;
    }
}
