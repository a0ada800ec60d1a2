"""tradebots: robotic process automation for a customs trade office."""

__version__ = "0.1.0"
