using System.Globalization;

namespace BenchTool;

/// <summary>
/// A solution size as the issue writes it, projects x files per project (<c>10x50</c>), optionally with the number of
/// projects that hold TLS files (<c>50x100t5</c>); without it every project does.
/// </summary>
internal readonly record struct Size(int Projects, int Files, int TlsProjects)
{
    public static Size Parse(string text)
    {
        var tlsAt = text.IndexOf('t', StringComparison.Ordinal);
        var parts = (tlsAt < 0 ? text : text[..tlsAt]).Split('x');
        var tlsProjects = 0;
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var projects)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var files)
            || projects < 1 || files < 1
            || (tlsAt >= 0 && (!int.TryParse(text[(tlsAt + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out tlsProjects)
                || tlsProjects < 1 || tlsProjects > projects)))
        {
            throw new ArgumentException($"size '{text}' is not PROJECTSxFILES or PROJECTSxFILEStTLSPROJECTS (for example 10x50 or 50x100t5)");
        }

        return new Size(projects, files, tlsAt < 0 ? projects : tlsProjects);
    }

    /// <summary>The TLS projects spread evenly over the solution: with 50 projects and 5 of them, every tenth.</summary>
    public bool HoldsTls(int project) => (long)project * TlsProjects % Projects < TlsProjects;

    public override string ToString() => TlsProjects == Projects
        ? string.Create(CultureInfo.InvariantCulture, $"{Projects}x{Files}")
        : string.Create(CultureInfo.InvariantCulture, $"{Projects}x{Files}t{TlsProjects}");
}
