using System.IO.Compression;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Import;

/// <summary>
/// What a file must be before anything reads it as a Word document: not too large, a ZIP package and not an encrypted
/// (password-protected) or old binary one, small once unpacked (a "zip bomb" is refused by the sizes its directory states
/// and by what is actually read), and without macros, embedded objects or content linked from outside the file.
/// </summary>
internal static class ImportFileCheck
{
    /// <summary>The largest file taken: a 300-page strategy with its tables is a few megabytes; 50 MB is refused.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>The most the package may unpack to, all parts together.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    /// <summary>How many times larger than packed a part may be: text packs ~10×; a bomb, thousands.</summary>
    private const long MaxRatio = 200;

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>Refuses an empty file or one over <see cref="MaxFileBytes"/>, whatever its kind.</summary>
    public static void CheckSize(byte[] content)
    {
        if (content.Length == 0)
        {
            throw new InvalidInputException("File", "Import_EmptyFile");
        }
        if (content.Length > MaxFileBytes)
        {
            throw new InvalidInputException("File", "Import_TooLarge");
        }
    }

    /// <summary>The file's name without its folders: a browser on Windows may send the whole path.</summary>
    public static string NameOf(string fileName) => fileName.Split('/', '\\')[^1];

    /// <summary>Refuses the file with the reason a person can act on, or returns it ready to read from its start.</summary>
    public static MemoryStream Check(byte[] content)
    {
        CheckSize(content);
        if (content.AsSpan().StartsWith(CompoundFileMagic))
        {
            // Word keeps a password-protected .docx, and an old .doc, in this format, not as a ZIP package.
            throw new InvalidInputException("File", "Import_ProtectedOrOld");
        }
        if (!content.AsSpan().StartsWith(ZipMagic))
        {
            throw new InvalidInputException("File", "Import_NotWord");
        }
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            long unpacked = 0;
            foreach (var entry in zip.Entries)
            {
                unpacked += entry.Length;
                if (unpacked > MaxUnpackedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxRatio && entry.Length > 1024 * 1024))
                {
                    throw new InvalidInputException("File", "Import_Bomb");
                }
                var name = entry.FullName.ToLowerInvariant();
                if (name.EndsWith("vbaproject.bin", StringComparison.Ordinal) || name.EndsWith("vbadata.xml", StringComparison.Ordinal))
                {
                    throw new InvalidInputException("File", "Import_Macros");
                }
                if (name.StartsWith("word/embeddings/", StringComparison.Ordinal) || name.StartsWith("word/activex/", StringComparison.Ordinal))
                {
                    throw new InvalidInputException("File", "Import_Embedded");
                }
            }
            if (zip.GetEntry("word/document.xml") is null || zip.GetEntry("[Content_Types].xml") is null)
            {
                throw new InvalidInputException("File", "Import_NotWord");
            }
            // What the directory says could lie: read every part with a cap on what it really unpacks to.
            long read = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var part = entry.Open();
                int n;
                while ((n = part.Read(buffer, 0, buffer.Length)) > 0)
                {
                    read += n;
                    if (read > MaxUnpackedBytes)
                    {
                        throw new InvalidInputException("File", "Import_Bomb");
                    }
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new InvalidInputException("File", "Import_Corrupt");
        }
        return new MemoryStream(content, writable: false);
    }
}
