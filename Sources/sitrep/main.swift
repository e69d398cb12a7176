import SitrepCLI

SitrepCommand.start()
