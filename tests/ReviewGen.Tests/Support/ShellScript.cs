using System.Runtime.Versioning;

namespace ReviewGen.Tests.Support;

/// <summary>Writes a small executable sh script, a stand-in for a program the code under test looks for or runs.</summary>
[UnsupportedOSPlatform("windows")]
public static class ShellScript
{
    public static string Write(string path, string body)
    {
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
