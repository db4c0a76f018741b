using System.CommandLine;
using VirtLab.Cli.Commands;

// The same command as `virtlab simulate`, as its own native executable: `virtlab-simulate simulate -p RR -l 5,5,5 -c`.
return new RootCommand { SimulateCommand.Create() }.Parse(args).Invoke();
