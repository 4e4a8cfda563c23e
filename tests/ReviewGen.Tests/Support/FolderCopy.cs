namespace ReviewGen.Tests.Support;

public static class FolderCopy
{
    /// <summary>Copies a folder's files, without the build output (bin/, obj/) of a fixture that was built in place.</summary>
    public static void WithoutBuildOutput(string sourceFolder, string targetFolder)
    {
        foreach (var file in Directory.EnumerateFiles(sourceFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceFolder, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                continue;
            var target = Path.Combine(targetFolder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
