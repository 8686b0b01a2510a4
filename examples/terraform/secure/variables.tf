variable "name" {
  description = "Name prefix for every resource."
  type        = string
  default     = "shop"
}

variable "vpc_cidr" {
  type    = string
  default = "10.20.0.0/16"
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["10.20.0.0/16"]
}

variable "certificate_arn" {
  description = "ACM certificate for the public listener."
  type        = string
  default     = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
}
