namespace VirtLab.Notebooks;

/// <summary>Marker for the notebooks assembly.</summary>
public static class NotebooksAssembly
{
}
