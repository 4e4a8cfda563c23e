using System.Globalization;

namespace BenchTool;

/// <summary>A solution size as the issue writes it: projects x files per project.</summary>
internal readonly record struct Size(int Projects, int Files)
{
    public static Size Parse(string text)
    {
        var parts = text.Split('x');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var projects)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var files)
            || projects < 1 || files < 1)
        {
            throw new ArgumentException($"size '{text}' is not PROJECTSxFILES (for example 10x50)");
        }

        return new Size(projects, files);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Projects}x{Files}");
}
