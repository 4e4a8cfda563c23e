namespace ReviewGen.Cli;

/// <summary>
/// Writes reports without losing anything the user owns: an existing file is replaced only with --force, and every
/// file is written to a temporary name beside it and moved into place, so an interrupted run leaves no half file.
/// </summary>
public sealed class OutputWriter(bool force)
{
    /// <summary>Fails before anything is written when any target exists and --force was not given.</summary>
    public void EnsureWritable(IEnumerable<string> paths)
    {
        if (force)
        {
            return;
        }
        var existing = paths.Where(File.Exists).ToArray();
        if (existing.Length > 0)
        {
            throw new UsageException($"{string.Join(", ", existing)} already exists; pass --force to overwrite");
        }
    }

    /// <summary>Each text to its file, or to standard output where the path is null.</summary>
    public static void WriteAll(IEnumerable<(string? Path, string Text)> outputs)
    {
        foreach (var (path, text) in outputs)
        {
            if (path is null)
            {
                Console.Out.Write(text);
            }
            else
            {
                WriteAtomically(path, text);
            }
        }
    }

    public static void WriteAtomically(string path, string content) => WriteAtomically(path, Utf8(content));

    /// <summary>The bytes every text report is written as: UTF-8 without a byte order mark.</summary>
    public static byte[] Utf8(string text) => new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

    public static void WriteAtomically(string path, byte[] content)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
