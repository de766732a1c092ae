using System.Security.Cryptography;

namespace StrategyWorkspace.Features.Admin.Users;

/// <summary>One-time passwords that always meet Identity's rules (upper, lower, digit, symbol, length).</summary>
internal static class PasswordGenerator
{
    // No look-alikes (0/O, 1/l/I): the administrator reads it out or copies it to the person.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#$%*+-?@";

    public static string Generate(int length = 14)
    {
        var all = Upper + Lower + Digits + Symbols;
        var chars = new List<char>
        {
            Pick(Upper), Pick(Lower), Pick(Digits), Pick(Symbols),
        };
        while (chars.Count < length)
        {
            chars.Add(Pick(all));
        }
        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToArray());
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
