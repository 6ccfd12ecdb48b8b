"""Reports: the figures managers read (pipeline, forecast, won and lost, staff work...),
each one SQL aggregate over the records a user may see. No Qt."""
