using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /images/create</c>: import a root filesystem tar (<c>docker import</c>) or pull.</summary>
public class ImagesCreateParameters
{
    /// <summary>Image to pull (needs a registry).</summary>
    [JsonIgnore]
    public string? FromImage { get; set; }

    /// <summary><c>-</c> to import the request body.</summary>
    [JsonIgnore]
    public string? FromSrc { get; set; }

    /// <summary>Repository of the imported image.</summary>
    [JsonIgnore]
    public string? Repo { get; set; }

    /// <summary>Tag.</summary>
    [JsonIgnore]
    public string? Tag { get; set; }

    /// <summary>Dockerfile instructions to apply, e.g. <c>CMD ["sh"]</c>.</summary>
    [JsonIgnore]
    public IList<string>? Changes { get; set; }

    /// <summary>Commit message.</summary>
    [JsonIgnore]
    public string? Message { get; set; }
}
