variable "name" {
  description = "Name prefix for every resource."
  type        = string
  default     = "shop"
}

variable "vpc_cidr" {
  type    = string
  default = "10.20.0.0/16"
}

variable "db_public" {
  description = "Expose the database for the analytics team (temporary)."
  type        = bool
  default     = true
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}
