"""CRM Desktop: a desktop CRM on a local or shared database."""

__version__ = "0.1.0"
