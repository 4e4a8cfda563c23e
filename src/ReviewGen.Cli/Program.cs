// Placeholder so that the solution (and the test project, which references the CLI) builds before the command-line
// stage lands; that stage replaces this file.
Console.Error.WriteLine("reviewgen: the command line is not implemented yet.");
return 2;
