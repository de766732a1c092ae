using System.Text;

namespace StrategyWorkspace.Benchmarks;

/// <summary>
/// Realistic Ukrainian text: sentences of the seed (the committee's own description of its work),
/// recombined deterministically, so every run generates the same database.
/// </summary>
public sealed class SeedText
{
    public static readonly SeedText Instance = new(Path.Combine(AppContext.BaseDirectory, "seed.uk.txt"));

    private readonly string[] sentences;

    private SeedText(string path)
    {
        sentences = File.ReadAllText(path)
            .Split(['.', '!', '?'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ReplaceLineEndings(" "))
            .Where(s => s.Length > 30)
            .Select(s => s + ".")
            .ToArray();
    }

    /// <summary>
    /// What the items are about, as a strategy's are: the seed alone has a dozen sentences, so every word of it is in every text, and a
    /// search would only ever meet its worst case. Each item has a subject and a place; a subject's word is in one item of 45, a subject
    /// with a place in one of 450.
    /// </summary>
    public static readonly IReadOnlyList<string> Subjects =
    [
        "розмінування", "водопостачання", "енергоефективність", "теплопостачання", "сміттєпереробка", "пасажирські перевезення",
        "автомобільні дороги", "залізничне сполучення", "аеропорт", "туризм", "агропереробка", "тваринництво", "зрошення",
        "лісовідновлення", "рекультивація", "шахтні води", "екомоніторинг", "первинна медицина", "телемедицина", "реабілітація ветеранів",
        "переселенці", "соціальне житло", "інклюзивна освіта", "профтехосвіта", "університети", "бібліотеки", "музеї", "спортивні майданчики",
        "молодіжні центри", "цифровізація", "широкосмуговий інтернет", "адміністративні послуги", "бізнес-інкубатори", "індустріальні парки",
        "експорт", "ремесла", "мікрокредити", "сонячна енергетика", "вітрова енергетика", "біогаз", "правопорядок", "цивільний захист",
        "пожежна безпека", "громадський бюджет", "доступність",
    ];

    public static readonly IReadOnlyList<string> Places =
    [
        "Сєвєродонецьк", "Лисичанськ", "Рубіжне", "Старобільськ", "Кремінна", "Попасна", "Сватове", "Новоайдар", "Біловодськ", "Щастя",
    ];

    public static string Subject(int n) => $"{Subjects[n % Subjects.Count]} ({Places[n % Places.Count]})";

    public string Title(int n) => Trim(sentences[n % sentences.Length], 120);

    /// <summary>A generated item's title: its subject, then a sentence of the seed.</summary>
    public string ItemTitle(int n) => Trim($"{char.ToUpperInvariant(Subject(n)[0])}{Subject(n)[1..]}: {sentences[n % sentences.Length]}", 120);

    /// <summary>Paragraphs of a few sentences each, up to about <paramref name="length"/> characters.</summary>
    public string Body(int seed, int length)
    {
        var text = new StringBuilder(length + 200);
        var i = seed * 7;
        while (text.Length < length)
        {
            text.Append(sentences[i++ % sentences.Length]);
            text.Append(i % 3 == 0 ? "\n\n" : " ");
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>Version <paramref name="n"/>: a sentence of the text changed, as a revision does.</summary>
    public string Revise(string body, int n)
    {
        var lines = body.Split('\n');
        var line = n % lines.Length;
        lines[line] = lines[line].Length == 0 ? $"Доповнення {n}." : $"{lines[line]} Уточнено в редакції {n}.";
        return string.Join('\n', lines);
    }

    /// <summary>A text of about <paramref name="bytes"/> bytes in lines of a sentence each, for the diff.</summary>
    public string Lines(int bytes)
    {
        var text = new StringBuilder();
        var i = 0;
        while (Encoding.UTF8.GetByteCount(text.ToString()) < bytes)
        {
            for (var j = 0; j < 100; j++)
            {
                text.Append(sentences[i++ % sentences.Length]).Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd() + "…";
}
