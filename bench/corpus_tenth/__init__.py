"""The tenth hand's customs documents (rinohtype and AbiWord), written blind for issue 13."""
