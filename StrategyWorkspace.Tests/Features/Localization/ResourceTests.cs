using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace StrategyWorkspace.Tests.Features.Localization;

/// <summary>Every visible string comes from the resources, in both languages.</summary>
public sealed partial class ResourceTests
{
    private static readonly string Root = FindRepositoryRoot();
    private static readonly string Resources = Path.Combine(Root, "StrategyWorkspace", "Resources");

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void Ukrainian_and_English_have_the_same_keys_and_no_empty_text()
    {
        var english = Load("SharedResource.resx");
        var ukrainian = Load("SharedResource.uk.resx");

        Assert.Empty(english.Keys.Except(ukrainian.Keys));
        Assert.Empty(ukrainian.Keys.Except(english.Keys));
        Assert.DoesNotContain(english, pair => string.IsNullOrWhiteSpace(pair.Value));
        Assert.DoesNotContain(ukrainian, pair => string.IsNullOrWhiteSpace(pair.Value));
    }

    [Fact]
    public void The_same_placeholders_appear_in_both_languages()
    {
        var english = Load("SharedResource.resx");
        var ukrainian = Load("SharedResource.uk.resx");

        foreach (var (key, text) in english)
        {
            var expected = Placeholder().Matches(text).Select(m => m.Value).Order();
            var actual = Placeholder().Matches(ukrainian[key]).Select(m => m.Value).Order();
            Assert.True(expected.SequenceEqual(actual), $"{key}: '{text}' vs '{ukrainian[key]}'");
        }
    }

    [Fact]
    public void Every_key_the_code_asks_for_exists()
    {
        var keys = Load("SharedResource.resx").Keys.ToHashSet();
        var source = new[] { "StrategyWorkspace", "StrategyWorkspace.Data" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(Root, project), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".razor") || f.EndsWith(".cs"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

        var missing = new List<string>();
        foreach (var file in source)
        {
            var text = File.ReadAllText(file);
            foreach (Match match in LocalizerCall().Matches(text).Concat(MessageKey().Matches(text)))
            {
                var key = match.Groups["key"].Value;
                if (!keys.Contains(key))
                {
                    missing.Add($"{Path.GetFileName(file)}: {key}");
                }
            }
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_role_and_state_has_a_name_on_screen()
    {
        var keys = Load("SharedResource.resx").Keys.ToHashSet();
        Assert.All(StrategyWorkspace.Domain.WorkspaceRoles.All, role => Assert.Contains($"Role_{role}", keys));
        Assert.All(Enum.GetNames<StrategyWorkspace.Domain.RevisionState>(), state => Assert.Contains($"State_{state}", keys));
    }

    [Fact]
    public void Pages_hold_no_hard_coded_words_between_tags()
    {
        // Text between tags in .razor files must be an expression (@L[...]) or punctuation.
        var offenders = Directory.EnumerateFiles(Path.Combine(Root, "StrategyWorkspace"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (file, line, i)))
            .Where(x => !x.line.TrimStart().StartsWith("@*") && !x.line.TrimStart().StartsWith("//"))
            .Where(x => LiteralText().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.file)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "StrategyWorkspace.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(?:L|localizer|Localizer|words)\[\s*""(?<key>[A-Za-z_]+)""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex(@"(?:Exception|InvalidInputException)\([^)]*""(?<key>(?:Admin|Error|Drafting|Review|Comments|Consolidation|Edition|Editions|Merge|Export|Compare|ItemEditions|Consultation|Manage|Moderation|Answers|Propose|Public|Report|Status)_[A-Za-z_]+)""")]
    private static partial Regex MessageKey();

    // A tag's closing '>' followed by two or more letters before the next '<' or '@'.
    [GeneratedRegex(@">\s*[\p{L}]{2,}[^<@]*<")]
    private static partial Regex LiteralText();
}
