// The engine and the CPUs are shared: cgroup measurements need the machine to themselves.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
