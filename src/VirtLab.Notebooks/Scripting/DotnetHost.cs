namespace VirtLab.Notebooks.Scripting;

/// <summary>Finds the <c>dotnet</c> host executable.</summary>
internal static class DotnetHost
{
    /// <summary>The <c>dotnet</c> executable: <c>DOTNET_HOST_PATH</c>, else this process if it is dotnet, else <c>dotnet</c> on the PATH.</summary>
    public static string Path
    {
        get
        {
            var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
            {
                return fromSdk;
            }

            var self = Environment.ProcessPath;
            if (self is not null && System.IO.Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                return self;
            }

            return "dotnet";
        }
    }
}
